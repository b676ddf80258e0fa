/**
 * Demo data for the sandbox: realistic tickets, including hostile markup and non-Latin text,
 * with the quirks Zoho really has (null fields, times as ISO strings or epoch milliseconds).
 */
export interface DemoOrganization {
  id: string;
  companyName: string;
  portalName: string;
  isDefault: boolean;
}

export const ORGANIZATIONS: DemoOrganization[] = [
  { id: '60001234567', companyName: 'Zylker Support', portalName: 'zylker', isDefault: true },
  { id: '60009876543', companyName: 'Zylker Japan サポート', portalName: 'zylkerjp', isDefault: false },
];

export const HOSTILE_SUBJECT = '<img src=x onerror=alert(1)>';

interface Seed {
  subject: string | null;
  status: string;
  statusType: string;
  contact: { firstName: string | null; lastName: string | null; email: string | null } | null;
  email: string | null;
  channel: string;
  priority: string | null;
}

const SEEDS: Seed[] = [
  { subject: 'Cannot log in after password reset', status: 'Open', statusType: 'Open', contact: { firstName: 'Lucy', lastName: 'Carter', email: 'lucy@example.com' }, email: 'lucy@example.com', channel: 'Email', priority: 'High' },
  { subject: HOSTILE_SUBJECT, status: 'Open', statusType: 'Open', contact: { firstName: 'Mallory', lastName: null, email: 'mallory@example.net' }, email: 'mallory@example.net', channel: 'Web', priority: null },
  { subject: 'ログインできません (cannot sign in)', status: 'On Hold', statusType: 'On Hold', contact: { firstName: '花子', lastName: '山田', email: 'hanako@example.jp' }, email: 'hanako@example.jp', channel: 'Email', priority: 'Medium' },
  { subject: 'Rückerstattung für Bestellung #4711', status: 'Open', statusType: 'Open', contact: { firstName: 'Jürgen', lastName: 'Weiß', email: 'j.weiss@example.de' }, email: 'j.weiss@example.de', channel: 'Phone', priority: 'Low' },
  { subject: 'Order 📦 never arrived 😞', status: 'Escalated', statusType: 'Open', contact: null, email: 'no-name@example.org', channel: 'Chat', priority: 'High' },
  { subject: 'لا يمكنني تنزيل الفاتورة', status: 'Open', statusType: 'Open', contact: { firstName: 'سارة', lastName: 'أحمد', email: 'sara@example.sa' }, email: 'sara@example.sa', channel: 'Email', priority: 'Medium' },
  { subject: '<script>alert("subject")</script> Invoice question', status: 'Closed', statusType: 'Closed', contact: { firstName: 'Eve', lastName: 'Hacker', email: 'eve@example.com' }, email: 'eve@example.com', channel: 'Web', priority: null },
  { subject: null, status: 'Open', statusType: 'Open', contact: { firstName: null, lastName: null, email: null }, email: null, channel: 'Email', priority: null },
  { subject: 'Very long subject: '.concat('the export to CSV drops every row after the first thousand and the support article does not say why; '.repeat(3)), status: 'Open', statusType: 'Open', contact: { firstName: 'Ravi', lastName: 'Kumar', email: 'ravi@example.in' }, email: 'ravi@example.in', channel: 'Forums', priority: 'Medium' },
  { subject: 'Feature request: dark mode for the help center', status: 'On Hold', statusType: 'On Hold', contact: { firstName: 'Amélie', lastName: 'Dubois', email: 'amelie@example.fr' }, email: 'amelie@example.fr', channel: 'Twitter', priority: 'Low' },
];

/** 2026-11-20T09:00:00Z: demo times are fixed, so screenshots and tests are repeatable. */
const BASE_TIME = Date.UTC(2026, 10, 20, 9, 0, 0);
const HOUR = 3_600_000;

export interface DemoTicket extends Record<string, unknown> {
  id: string;
  ticketNumber: string;
  subject: string | null;
  createdTime: string | number;
}

/** `count` tickets for organization `org`, newest first, numbered from 101 (the oldest) up. */
export function demoTickets(deskUrl: string, org: DemoOrganization, count: number): DemoTicket[] {
  const tickets: DemoTicket[] = [];
  for (let i = 0; i < count; i++) {
    const seed = SEEDS[i % SEEDS.length]!;
    const number = 100 + count - i;
    const id = `${org.id.slice(0, 4)}000000${String(42000 + i).padStart(6, '0')}`;
    const created = BASE_TIME - i * 5 * HOUR;
    tickets.push({
      id,
      ticketNumber: String(number),
      subject: i < SEEDS.length || seed.subject === null ? seed.subject : `${seed.subject} (${number})`,
      status: seed.status,
      statusType: seed.statusType,
      priority: seed.priority,
      channel: seed.channel,
      // Zoho sends ISO strings; some payloads carry epoch milliseconds. Both occur here.
      createdTime: i % 3 === 2 ? created : new Date(created).toISOString(),
      dueDate: null,
      closedTime: null,
      email: seed.email,
      contactId: seed.contact ? `${id}9` : null,
      contact: seed.contact,
      assigneeId: null,
      departmentId: '60001234000000006907',
      threadCount: String(1 + (i % 4)),
      webUrl: `${deskUrl}/support/${org.portalName}/ShowHomePage.do#Cases/dv/${id}`,
    });
  }
  // Newest first, as Zoho answers sortBy=-createdTime.
  return tickets;
}
