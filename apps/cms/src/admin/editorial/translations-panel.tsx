import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { saveFile } from './download';
import { adminRoute, documentTypes, translationStates, type TranslationReport } from './report-types';

interface Filters {
  type: string;
  locale: string;
  state: string;
}

const query = (filters: Filters, extra: Record<string, string> = {}) =>
  new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, value]) => value !== '')).toString();

/** Documents × locales and the state of each translation, filtered, with counts per locale. */
export function TranslationsPanel() {
  const { get } = useFetchClient();
  const [filters, setFilters] = useState<Filters>({ type: '', locale: '', state: '' });
  const [locales, setLocales] = useState<string[]>([]);
  const [report, setReport] = useState<TranslationReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<TranslationReport>('/haven-reports/translations')
      .then(({ data }) => setLocales(Object.keys(data.counts)))
      .catch(() => setLocales([]));
  }, [get]);

  useEffect(() => {
    setReport(null);
    get<TranslationReport>(`/haven-reports/translations?${query(filters)}`)
      .then(({ data }) => {
        setReport(data);
        setError(null);
      })
      .catch(() => setError('The translation report could not be loaded.'));
  }, [get, filters]);

  const download = async () => {
    const { data } = await get<Blob>(`/haven-reports/translations?${query(filters, { format: 'csv' })}`, { responseType: 'blob' });
    saveFile(data, 'haven-translations.csv');
  };

  const select = (name: keyof Filters, label: string, options: readonly string[]) => (
    <label>
      <Typography variant="pi" fontWeight="bold">
        {label}{' '}
      </Typography>
      <select name={name} value={filters[name]} onChange={(event) => setFilters({ ...filters, [name]: event.target.value })}>
        <option value="">All</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} wrap="wrap">
        {select('type', 'Type', documentTypes)}
        {select('locale', 'Locale', locales)}
        {select('state', 'State', translationStates)}
        <Button variant="tertiary" onClick={() => void download()}>
          Download CSV
        </Button>
      </Flex>
      {error && <Typography textColor="danger600">{error}</Typography>}
      {report === null ? (
        <Typography>Loading…</Typography>
      ) : (
        <>
          <Box>
            <Typography variant="delta" tag="h3">
              Per locale
            </Typography>
            <table aria-label="Counts per locale" style={{ borderCollapse: 'collapse', marginTop: 8 }}>
              <thead>
                <tr>
                  <th align="left">Locale</th>
                  {translationStates.map((state) => (
                    <th key={state} align="right" style={{ paddingInline: 8 }}>
                      {state}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Object.entries(report.counts).map(([locale, counts]) => (
                  <tr key={locale} data-locale-counts={locale}>
                    <td>{locale}</td>
                    {translationStates.map((state) => (
                      <td key={state} data-state={state} align="right" style={{ paddingInline: 8 }}>
                        {counts[state] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </Box>
          <table aria-label="Translations" style={{ width: '100%', borderCollapse: 'collapse' }}>
            <thead>
              <tr>
                <th align="left">Type</th>
                <th align="left">Document</th>
                <th align="left">Locale</th>
                <th align="left">State</th>
                <th align="left">Original changed</th>
              </tr>
            </thead>
            <tbody>
              {report.data.map((row) => (
                <tr key={`${row.documentId}-${row.locale}`} data-report-row={`${row.documentId} ${row.locale}`}>
                  <td>{row.type}</td>
                  <td>
                    <Link to={adminRoute(row.editUrl)}>{row.title || row.documentId}</Link>
                  </td>
                  <td>{row.locale}</td>
                  <td>{row.state}</td>
                  <td>{row.outdatedSince ? new Date(row.outdatedSince).toLocaleDateString() : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.data.length === 0 && <Typography>Nothing matches these filters.</Typography>}
        </>
      )}
    </Flex>
  );
}
