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

/** The signed-in agent (GET /myinfo) and a colleague. */
export const ME = { id: '60001234000000139001', firstName: 'Ana', lastName: 'Agent', emailId: 'ana@zylker.example' };
export const COLLEAGUE = { id: '60001234000000139002', firstName: 'Kenji', lastName: 'Sato', emailId: 'kenji@zylker.example' };

/** A thread that tries everything: script, event handler, remote image, javascript: link. */
export const HOSTILE_THREAD_HTML =
  '<p>Please see the screenshot.</p><script>alert("thread")</script>' +
  '<img src="https://tracker.example/pixel.gif" onerror="alert(2)" width="1" height="1">' +
  '<p style="position:fixed;top:0;left:0;width:100%;height:100%;background:red">Styled text</p>' +
  '<a href="https://help.example/article">the help article</a> and <a href="javascript:alert(3)">a bad link</a>' +
  '<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="q"></form>';

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
  {
    subject: 'Cannot log in after password reset',
    status: 'Open',
    statusType: 'Open',
    contact: { firstName: 'Lucy', lastName: 'Carter', email: 'lucy@example.com' },
    email: 'lucy@example.com',
    channel: 'Email',
    priority: 'High',
  },
  {
    subject: HOSTILE_SUBJECT,
    status: 'Open',
    statusType: 'Open',
    contact: { firstName: 'Mallory', lastName: null, email: 'mallory@example.net' },
    email: 'mallory@example.net',
    channel: 'Web',
    priority: null,
  },
  {
    subject: 'ログインできません (cannot sign in)',
    status: 'On Hold',
    statusType: 'On Hold',
    contact: { firstName: '花子', lastName: '山田', email: 'hanako@example.jp' },
    email: 'hanako@example.jp',
    channel: 'Email',
    priority: 'Medium',
  },
  {
    subject: 'Rückerstattung für Bestellung #4711',
    status: 'Open',
    statusType: 'Open',
    contact: { firstName: 'Jürgen', lastName: 'Weiß', email: 'j.weiss@example.de' },
    email: 'j.weiss@example.de',
    channel: 'Phone',
    priority: 'Low',
  },
  {
    subject: 'Order 📦 never arrived 😞',
    status: 'Escalated',
    statusType: 'Open',
    contact: null,
    email: 'no-name@example.org',
    channel: 'Chat',
    priority: 'High',
  },
  {
    subject: 'لا يمكنني تنزيل الفاتورة',
    status: 'Open',
    statusType: 'Open',
    contact: { firstName: 'سارة', lastName: 'أحمد', email: 'sara@example.sa' },
    email: 'sara@example.sa',
    channel: 'Email',
    priority: 'Medium',
  },
  {
    subject: '<script>alert("subject")</script> Invoice question',
    status: 'Closed',
    statusType: 'Closed',
    contact: { firstName: 'Eve', lastName: 'Hacker', email: 'eve@example.com' },
    email: 'eve@example.com',
    channel: 'Web',
    priority: null,
  },
  {
    subject: null,
    status: 'Open',
    statusType: 'Open',
    contact: { firstName: null, lastName: null, email: null },
    email: null,
    channel: 'Email',
    priority: null,
  },
  {
    subject: 'Very long subject: '.concat(
      'the export to CSV drops every row after the first thousand and the support article does not say why; '.repeat(3),
    ),
    status: 'Open',
    statusType: 'Open',
    contact: { firstName: 'Ravi', lastName: 'Kumar', email: 'ravi@example.in' },
    email: 'ravi@example.in',
    channel: 'Forums',
    priority: 'Medium',
  },
  {
    subject: 'Feature request: dark mode for the help center',
    status: 'On Hold',
    statusType: 'On Hold',
    contact: { firstName: 'Amélie', lastName: 'Dubois', email: 'amelie@example.fr' },
    email: 'amelie@example.fr',
    channel: 'Twitter',
    priority: 'Low',
  },
];

/** 2026-11-20T09:00:00Z: demo times are fixed, so screenshots and tests are repeatable. */
const BASE_TIME = Date.UTC(2026, 10, 20, 9, 0, 0);
const HOUR = 3_600_000;

export interface DemoTicket extends Record<string, unknown> {
  id: string;
  ticketNumber: string;
  subject: string | null;
  statusType: string;
  assigneeId: string | null;
  createdTime: string | number;
  dueDate: string | null;
  /** Not a Zoho field: when the last thread came, for sortBy=recentThread. */
  lastActivity: number;
}

const DAY = 24 * HOUR;

/** `count` tickets for organization `org`, newest first, numbered from 101 (the oldest) up. */
export function demoTickets(deskUrl: string, org: DemoOrganization, count: number): DemoTicket[] {
  const tickets: DemoTicket[] = [];
  for (let i = 0; i < count; i++) {
    const seed = SEEDS[i % SEEDS.length]!;
    const number = 100 + count - i;
    const id = `${org.id.slice(0, 4)}000000${String(42000 + i).padStart(6, '0')}`;
    const created = BASE_TIME - i * 5 * HOUR;
    // Every third ticket is mine, every third a colleague's, the rest unassigned.
    const assignee = i % 3 === 0 ? ME : i % 3 === 1 ? COLLEAGUE : null;
    // Due dates: some long past (overdue unless closed), some far ahead.
    const due = i % 4 === 0 ? created + 2 * DAY : i % 4 === 1 ? Date.UTC(2030, 0, 1) + i * HOUR : null;
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
      dueDate: due === null ? null : new Date(due).toISOString(),
      closedTime: null,
      lastActivity: created + ((i * 7) % 11) * HOUR,
      email: seed.email,
      contactId: seed.contact ? `${id}9` : null,
      contact: seed.contact,
      assigneeId: assignee?.id ?? null,
      assignee: assignee && {
        id: assignee.id,
        firstName: assignee.firstName,
        lastName: assignee.lastName,
        email: assignee.emailId,
        photoURL: null,
      },
      departmentId: '60001234000000006907',
      threadCount: String(1 + (i % 4)),
      webUrl: `${deskUrl}/support/${org.portalName}/ShowHomePage.do#Cases/dv/${id}`,
    });
  }
  // Newest first, as Zoho answers sortBy=-createdTime.
  return tickets;
}

export interface DemoThread {
  id: string;
  summary: string;
  content: string;
  contentType: 'text/html' | 'text/plain';
  direction: 'in' | 'out';
  channel: string;
  createdTime: string;
  author: { name: string; firstName: string | null; lastName: string | null; email: string; type: string };
}

/** The conversation of a ticket, newest first; the hostile ticket's newest thread attacks. */
export function demoThreads(ticket: DemoTicket): DemoThread[] {
  const given = typeof ticket.createdTime === 'number' ? ticket.createdTime : Date.parse(ticket.createdTime);
  // A ticket patched with an absurd time (ticketPatch) still has a conversation.
  const created = Number.isFinite(given) && Math.abs(given) < 8e15 ? given : BASE_TIME;
  const count = 1 + (Number(ticket.ticketNumber) % 3);
  const threads: DemoThread[] = [];
  for (let n = 0; n < count; n++) {
    const incoming = n % 2 === 0;
    const html =
      ticket.subject === HOSTILE_SUBJECT && n === count - 1
        ? HOSTILE_THREAD_HTML
        : `<p>Message ${n + 1} about <b>${ticket.subject ?? 'this'}</b>.</p>`;
    threads.push({
      id: `${ticket.id}7${n}`,
      summary: `Message ${n + 1}`,
      content: html,
      contentType: 'text/html',
      direction: incoming ? 'in' : 'out',
      channel: 'EMAIL',
      createdTime: new Date(created + n * HOUR).toISOString(),
      author: incoming
        ? { name: 'Customer', firstName: 'Cus', lastName: 'Tomer', email: 'customer@example.com', type: 'END_USER' }
        : { name: `${ME.firstName} ${ME.lastName}`, firstName: ME.firstName, lastName: ME.lastName, email: ME.emailId, type: 'AGENT' },
    });
  }
  return threads.reverse();
}

/** How many of `count` demo tickets are of the Open status type (the popup's default filter). */
export function openTicketCount(count: number): number {
  return demoTickets('http://x', ORGANIZATIONS[0]!, count).filter((t) => t.statusType === 'Open').length;
}
