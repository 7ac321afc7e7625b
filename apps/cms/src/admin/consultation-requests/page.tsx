import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { forgetKey, loadedKey, loadKey, openSealed, type IntakeKey } from './private-key';
import { SealedRequestView, type RequestRecord } from './request-view';

const readRequests = [{ action: 'api::consultation-requests.read', subject: null }];

interface Listed {
  documentId: string;
  language: string;
  status: 'new' | 'contacted' | 'closed';
  createdAt: string;
}

/**
 * Intake staff's page: load the organisation's private key (kept in this tab's memory only), then
 * list requests and open one; the request is decrypted here, in the browser.
 */
function ConsultationRequests() {
  const { get, put } = useFetchClient();
  const [key, setKey] = useState<IntakeKey | null>(loadedKey());
  const [keyError, setKeyError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [requests, setRequests] = useState<Listed[] | null>(null);
  const [open, setOpen] = useState<{ record: RequestRecord; content: unknown } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const { data } = await get<{ data: Listed[] }>('/haven-intake/requests');
    setRequests(data.data);
  }, [get]);

  useEffect(() => {
    refresh().catch(() => setError('The list of requests could not be loaded.'));
  }, [refresh]);

  const applyKey = async (text: string) => {
    try {
      setKey(await loadKey(text));
      setKeyError(null);
      setPasted('');
    } catch (problem) {
      setKeyError(problem instanceof Error ? problem.message : String(problem));
    }
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await applyKey(await file.text());
  };

  const openRequest = async (documentId: string) => {
    if (!key) return;
    setError(null);
    try {
      const { data } = await get<{ data: RequestRecord & { sealed: string } }>(`/haven-intake/requests/${documentId}`);
      const { sealed, ...record } = data.data;
      try {
        setOpen({ record, content: await openSealed(sealed, key) });
      } catch {
        setError('This request does not open with the key loaded: it was sealed to another key.');
      }
    } catch {
      setError('This request could not be loaded (it may have been deleted).');
    }
  };

  const setStatus = async (status: Listed['status']) => {
    if (!open) return;
    await put(`/haven-intake/requests/${open.record.documentId}/status`, { status });
    await openRequest(open.record.documentId);
    await refresh();
  };

  return (
    <Layouts.Root>
      <Page.Title>Consultation requests</Page.Title>
      <Layouts.Header
        title="Consultation requests"
        subtitle="Requests are sealed to the organisation's key. Load the private key to read them: it stays in this tab's memory and is never sent."
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            {key ? (
              <Flex justifyContent="space-between" gap={4}>
                <Typography>The private key is loaded in this tab.</Typography>
                <Button
                  variant="tertiary"
                  onClick={() => {
                    forgetKey();
                    setKey(null);
                    setOpen(null);
                  }}
                >
                  Forget the key
                </Button>
              </Flex>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Typography variant="delta" tag="h2">
                  Load the private key
                </Typography>
                <label htmlFor="intake-key-file">
                  <Typography>Choose the key file (intake-private-key.txt)</Typography>
                </label>
                <input id="intake-key-file" type="file" accept=".txt,text/plain" onChange={(event) => void onFile(event)} />
                <label htmlFor="intake-key-text">
                  <Typography>…or paste the key</Typography>
                </label>
                <textarea
                  id="intake-key-text"
                  rows={2}
                  autoComplete="off"
                  spellCheck={false}
                  value={pasted}
                  onChange={(event) => setPasted(event.target.value)}
                />
                <Box>
                  <Button onClick={() => void applyKey(pasted)} disabled={pasted.trim() === ''}>
                    Use this key
                  </Button>
                </Box>
                {keyError && (
                  <Alert variant="danger" closeLabel="Close" onClose={() => setKeyError(null)} title="Key not loaded">
                    {keyError}
                  </Alert>
                )}
              </Flex>
            )}
          </Box>

          {error && (
            <Alert variant="danger" closeLabel="Close" onClose={() => setError(null)} title="Problem">
              {error}
            </Alert>
          )}

          {open && (
            <SealedRequestView
              record={open.record}
              content={open.content}
              onStatus={(status) => void setStatus(status)}
              onClose={() => setOpen(null)}
            />
          )}

          <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
            <Typography variant="delta" tag="h2">
              Requests
            </Typography>
            {requests === null ? (
              <Typography>Loading…</Typography>
            ) : requests.length === 0 ? (
              <Typography>No requests.</Typography>
            ) : (
              <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: 16 }}>
                <thead>
                  <tr>
                    <th align="left">Received</th>
                    <th align="left">Language</th>
                    <th align="left">Status</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {requests.map((request) => (
                    <tr key={request.documentId} data-request={request.documentId}>
                      <td>{new Date(request.createdAt).toLocaleString()}</td>
                      <td>{request.language}</td>
                      <td>{request.status}</td>
                      <td>
                        <Button variant="secondary" disabled={!key} onClick={() => void openRequest(request.documentId)}>
                          Open
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Box>
        </Flex>
      </Layouts.Content>
    </Layouts.Root>
  );
}

export default function ConsultationRequestsPage() {
  return (
    <Page.Protect permissions={readRequests}>
      <ConsultationRequests />
    </Page.Protect>
  );
}
