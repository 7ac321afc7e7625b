import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { saveFile } from './download';
import { adminRoute, type ReviewRow } from './report-types';

/** Articles due for legal review and resources due for a check of their details. */
export function ReviewsPanel() {
  const { get } = useFetchClient();
  const [rows, setRows] = useState<ReviewRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    get<{ data: ReviewRow[] }>('/haven-reports/reviews')
      .then(({ data }) => setRows(data.data))
      .catch(() => setError('The review list could not be loaded.'));
  }, [get]);

  const download = async () => {
    const { data } = await get<Blob>('/haven-reports/reviews?format=csv', { responseType: 'blob' });
    saveFile(data, 'haven-reviews.csv');
  };

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (rows === null) return <Typography>Loading…</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4}>
        <Typography>
          {rows.length} due. Record a review in the document&apos;s edit view: the legal review date and reviewer of an article, the date a
          resource&apos;s details were checked.
        </Typography>
        <Button variant="tertiary" onClick={() => void download()}>
          Download CSV
        </Button>
      </Flex>
      <table aria-label="Reviews due" style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th align="left">Type</th>
            <th align="left">Document</th>
            <th align="left">State</th>
            <th align="left">Last review</th>
            <th align="left">Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.documentId} data-review-row={row.documentId}>
              <td>{row.type}</td>
              <td>
                <Link to={adminRoute(row.editUrl)}>{row.title || row.documentId}</Link>
              </td>
              <td>{row.state}</td>
              <td>
                {row.lastReviewedOn ?? 'never'}
                {row.reviewedBy ? ` by ${row.reviewedBy}` : ''}
                {row.sample ? ' (sample data from the seed, not shown to readers)' : ''}
              </td>
              <td>{row.dueOn ?? 'now'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Flex>
  );
}
