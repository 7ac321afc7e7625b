import { Box, Button, Flex, Typography } from '@strapi/design-system';

export interface RequestRecord {
  documentId: string;
  language: string;
  status: 'new' | 'contacted' | 'closed';
  createdAt: string;
  events: { action: string; adminUserName: string; createdAt: string }[];
}

/** What the site seals (apps/web/src/lib/consultation/request-fields.ts), read defensively. */
interface SealedRequest {
  contact?: { method: string; address: string; leaveMessage: boolean; sayWhoWeAre: boolean; safeTimes: string }[];
  willContactUs?: boolean;
  codeWord?: string;
  name?: string;
  language?: string;
  county?: string;
  help?: string[];
  message?: string;
}

const methodNames: Record<string, string> = { call: 'Call', text: 'Text message', email: 'Email' };
const messageRule: Record<string, [string, string]> = {
  call: ['You may leave a voicemail', 'Do not leave a voicemail'],
  text: ['You may say what the message is about', 'Do not say what the message is about'],
  email: ['You may write details in the email', 'Do not write details in the email'],
};

/** One opened request: how to reach them safely first and largest, then what they asked. */
export function SealedRequestView({
  record,
  content,
  onStatus,
  onClose,
}: {
  record: RequestRecord;
  content: unknown;
  onStatus: (status: RequestRecord['status']) => void;
  onClose: () => void;
}) {
  const request = (content ?? {}) as SealedRequest;
  return (
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius data-opened-request={record.documentId}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between">
          <Typography variant="beta" tag="h2">
            Request received {new Date(record.createdAt).toLocaleString()} ({record.status})
          </Typography>
          <Button variant="tertiary" onClick={onClose}>
            Close
          </Button>
        </Flex>

        <Box padding={4} background="danger100" hasRadius data-safe-contact>
          <Typography variant="delta" tag="h3">
            How to reach them safely
          </Typography>
          {request.willContactUs && (
            <Typography variant="omega" fontWeight="bold" tag="p">
              Do not contact them: they will contact us.
            </Typography>
          )}
          {request.codeWord && (
            <Typography variant="omega" fontWeight="bold" tag="p">
              Code word: {request.codeWord}
            </Typography>
          )}
          {(request.contact ?? []).map((contact, index) => (
            <Box key={index} paddingTop={2}>
              <Typography fontWeight="bold" tag="p">
                {methodNames[contact.method] ?? contact.method}: {contact.address}
              </Typography>
              <Typography tag="p">{messageRule[contact.method]?.[contact.leaveMessage ? 0 : 1]}</Typography>
              <Typography tag="p">{contact.sayWhoWeAre ? 'You may say you are from Haven' : 'Do not say you are from Haven'}</Typography>
              <Typography tag="p">Safe times: {contact.safeTimes || 'not given: ask nothing, wait for a safe moment'}</Typography>
            </Box>
          ))}
        </Box>

        <dl>
          <Typography tag="dt" fontWeight="bold">
            Name
          </Typography>
          <Typography tag="dd">{request.name || '—'}</Typography>
          <Typography tag="dt" fontWeight="bold">
            Language
          </Typography>
          <Typography tag="dd">{request.language || record.language}</Typography>
          <Typography tag="dt" fontWeight="bold">
            County
          </Typography>
          <Typography tag="dd">{request.county || '—'}</Typography>
          <Typography tag="dt" fontWeight="bold">
            Help with
          </Typography>
          <Typography tag="dd">{request.help?.length ? request.help.join(', ') : '—'}</Typography>
          <Typography tag="dt" fontWeight="bold">
            Message
          </Typography>
          <Typography tag="dd" style={{ whiteSpace: 'pre-wrap' }}>
            {request.message || '—'}
          </Typography>
        </dl>

        <Flex gap={2}>
          {(['contacted', 'closed', 'new'] as const)
            .filter((status) => status !== record.status)
            .map((status) => (
              <Button key={status} variant={status === 'closed' ? 'danger-light' : 'secondary'} onClick={() => onStatus(status)}>
                Mark {status}
              </Button>
            ))}
        </Flex>

        <Box>
          <Typography variant="delta" tag="h3">
            Record
          </Typography>
          <ul>
            {record.events.map((event, index) => (
              <li key={index}>
                <Typography>
                  {new Date(event.createdAt).toLocaleString()}: {event.action} by {event.adminUserName}
                </Typography>
              </li>
            ))}
          </ul>
        </Box>
      </Flex>
    </Box>
  );
}
