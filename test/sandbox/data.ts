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
  contact: { firstName: string | null; lastName: string; email: string | null };
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
    contact: { firstName: null, lastName: 'Mallory', email: 'mallory@example.net' },
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
    contact: { firstName: null, lastName: 'no-name', email: 'no-name@example.org' },
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
    contact: { firstName: null, lastName: '', email: null },
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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When the sandbox started (this module loaded), to the minute: the one clock every demo time is
 * counted from. The newest ticket is always "2 days ago" and a test expects the same words on any
 * date, under a clock faked forward or back (docs/TESTING.md).
 */
export const SANDBOX_STARTED = Math.floor(Date.now() / MINUTE) * MINUTE;
/** When the newest demo ticket was made: 2 days and 3 hours before the sandbox started. */
export const NEWEST_CREATED = SANDBOX_STARTED - 2 * DAY - 3 * HOUR;

/** A department of an organization; the agent belongs to those with `mine`. */
export interface DemoDepartment {
  readonly id: string;
  readonly name: string;
  readonly mine: boolean;
}

/** Each organization's departments: the agent is in the first two. */
export function demoDepartments(org: DemoOrganization): DemoDepartment[] {
  const prefix = org.id.slice(0, 4);
  return [
    { id: `${prefix}000000006907`, name: 'Customer Care', mine: true },
    { id: `${prefix}000000006911`, name: 'Billing', mine: true },
    { id: `${prefix}000000006915`, name: 'Engineering', mine: false },
  ];
}

/** The departments that hold tickets, by ticket index: three in five in Customer Care. */
const departmentOf = (departments: DemoDepartment[], i: number) => departments[i % 5 < 3 ? 0 : 1]!;

/**
 * The sandbox's half of a ticket: its Zoho fields and the truth the sandbox filters and counts
 * by. Due times are made at each answer, relative to it, so that a row always says "Response
 * due in 45 min" however long the sandbox has run; what happened (made, answered) is counted from
 * when the sandbox started.
 */
export interface DemoTicket extends Record<string, unknown> {
  id: string;
  ticketNumber: string;
  subject: string | null;
  statusType: string;
  assigneeId: string | null;
  departmentId: string;
  createdTime: string | number;
  dueDate: string | null;
  responseDueDate: string | null;
  customerResponseTime: string | null;
  priority: string | null;
  contactId: string;
  contact: Seed['contact'];
  assignee: { id: string; firstName: string; lastName: string; email: string; photoURL: null } | null;
  /** Who wrote last: `in` is the customer. */
  lastThread: { channel: string; isDraft: boolean; isForward: boolean; direction: 'in' | 'out' };
  /** Not a Zoho field: when the last thread came, for sortBy=recentThread. */
  lastActivity: number;
}

/**
 * Due times, by ticket index, relative to `now`: what each row should say. Six kinds, two
 * tickets each in turn (so that every third ticket, the agent's own, meets most of them): due
 * soon, overdue, a first response due, a customer waiting, due in days, none.
 */
function dueTimes(
  i: number,
  now: number,
  created: number,
): Pick<DemoTicket, 'dueDate' | 'responseDueDate' | 'customerResponseTime'> & { direction: 'in' | 'out' } {
  const iso = (time: number) => new Date(time).toISOString();
  switch (Math.floor(i / 2) % 6) {
    case 0:
      return { dueDate: iso(now + 45 * MINUTE), responseDueDate: null, customerResponseTime: iso(created), direction: 'out' };
    case 1:
      return { dueDate: iso(now - 2 * HOUR), responseDueDate: null, customerResponseTime: iso(created), direction: 'out' };
    case 2:
      return { dueDate: iso(now + 2 * DAY), responseDueDate: iso(now + 45 * MINUTE), customerResponseTime: iso(created), direction: 'in' };
    case 3:
      // The customer wrote at a moment, which stays put: were it 3 hours before each answer, a
      // new minute would look like a new reply, and notify one.
      return { dueDate: iso(now + 3 * DAY), responseDueDate: null, customerResponseTime: iso(SANDBOX_STARTED - 3 * HOUR), direction: 'in' };
    case 4:
      return { dueDate: iso(now + 4 * DAY), responseDueDate: null, customerResponseTime: iso(created), direction: 'out' };
    default:
      return { dueDate: null, responseDueDate: null, customerResponseTime: null, direction: 'out' };
  }
}

/**
 * `count` tickets for organization `org`, newest first, numbered from 101 (the oldest) up.
 * `now` anchors the due times (default: this minute).
 */
export function demoTickets(
  deskUrl: string,
  org: DemoOrganization,
  count: number,
  now = Math.floor(Date.now() / MINUTE) * MINUTE,
): DemoTicket[] {
  const departments = demoDepartments(org);
  const tickets: DemoTicket[] = [];
  for (let i = 0; i < count; i++) {
    const seed = SEEDS[i % SEEDS.length]!;
    const number = 100 + count - i;
    const id = `${org.id.slice(0, 4)}000000${String(42000 + i).padStart(6, '0')}`;
    const created = NEWEST_CREATED - i * 5 * HOUR;
    // Every third ticket is mine, every third a colleague's, the rest unassigned.
    const assignee = i % 3 === 0 ? ME : i % 3 === 1 ? COLLEAGUE : null;
    const { direction, ...due } = dueTimes(i, now, created);
    const closed = seed.statusType === 'Closed';
    tickets.push({
      id,
      ticketNumber: String(number),
      subject: i < SEEDS.length || seed.subject === null ? seed.subject : `${seed.subject} (${number})`,
      status: seed.status,
      statusType: seed.statusType,
      priority: seed.priority,
      channel: seed.channel,
      // Zoho's schema says ISO strings; its own examples carry epoch milliseconds. Both occur here.
      createdTime: i % 3 === 2 ? created : new Date(created).toISOString(),
      ...due,
      ...(closed ? { dueDate: null, responseDueDate: null } : {}),
      closedTime: closed ? new Date(created + DAY).toISOString() : null,
      onholdTime: seed.statusType === 'On Hold' ? new Date(created + HOUR).toISOString() : null,
      lastActivity: created + ((i * 7) % 11) * HOUR,
      lastThread: { channel: seed.channel.toUpperCase(), isDraft: false, isForward: false, direction },
      email: seed.email,
      contactId: `${id}9`,
      contact: seed.contact,
      assigneeId: assignee?.id ?? null,
      assignee: assignee && {
        id: assignee.id,
        firstName: assignee.firstName,
        lastName: assignee.lastName,
        email: assignee.emailId,
        photoURL: null,
      },
      departmentId: departmentOf(departments, i).id,
      threadCount: String(1 + (i % 4)),
      webUrl: `${deskUrl}/support/${org.portalName}/ShowHomePage.do#Cases/dv/${id}`,
    });
  }
  // Newest first, as Zoho answers sortBy=-createdTime.
  return tickets;
}

/** A ticket as GET /tickets lists it: every field Zoho's contract requires of a list item. */
export function listItem(ticket: DemoTicket, includes: readonly string[]): Record<string, unknown> {
  const { lastActivity: _sandboxOnly, contact, assignee, subject, ...fields } = ticket;
  return {
    ...fields,
    // The contract types a list item's subject as a string: a ticket without one leaves it out.
    ...(subject === null ? {} : { subject }),
    accountId: null,
    channelCode: null,
    commentCount: '0',
    isArchived: false,
    isSpam: false,
    lockedTime: null,
    relationshipType: 'NONE',
    sentiment: null,
    source: { appName: null, extId: null, permalink: null, type: 'SYSTEM', appPhotoURL: null },
    teamId: null,
    category: null,
    subCategory: null,
    layoutId: '60001234000000074011',
    ...(includes.includes('contacts')
      ? { contact: { ...contact, id: ticket.contactId, phone: null, mobile: null, type: null, account: null, isSpam: false } }
      : {}),
    ...(includes.includes('assignee') ? { assignee } : {}),
  };
}

/** A ticket as GET /tickets/{id} answers it: the list's fields, less the list-only ones, and the detail's. */
export function detailOf(ticket: DemoTicket, includes: readonly string[], now = Date.now()): Record<string, unknown> {
  const { lastThread: _listOnly, relationshipType: _alsoListOnly, ...fields } = listItem(ticket, includes);
  const overdue = (time: string | null) => time !== null && Date.parse(time) < now && ticket.statusType !== 'Closed';
  return {
    ...fields,
    subject: ticket.subject ?? '',
    description:
      (fields['description'] as string | undefined) ??
      `<div><p>${String(ticket.subject ?? '').replace(/</g, '&lt;')}</p><p>Sent from the help center.</p></div>`,
    modifiedTime: new Date(ticket.lastActivity).toISOString(),
    approvalCount: '0',
    attachmentCount: '0',
    taskCount: '0',
    timeEntryCount: '0',
    tagCount: '0',
    followerCount: '0',
    channelRelatedInfo: null,
    entitySkills: [],
    secondaryContacts: [],
    sharedDepartments: [],
    isDeleted: false,
    isTrashed: false,
    isEscalated: ticket['status'] === 'Escalated',
    isOverDue: overdue(ticket.dueDate),
    isResponseOverdue: overdue(ticket.responseDueDate),
    isFollowing: false,
    modifiedBy: ME.id,
    createdBy: ME.id,
    resolution: null,
    slaId: null,
    layoutDetails: { id: '60001234000000074011', layoutName: 'Default Ticket Layout' },
  };
}

/** A ticket as /tickets/search finds it: everything always embedded, and `emailId` for the assignee. */
export function searchItem(ticket: DemoTicket, org: DemoOrganization): Record<string, unknown> {
  const { lastActivity: _sandboxOnly, assignee, contact, ...fields } = ticket;
  const department = demoDepartments(org).find((candidate) => candidate.id === ticket.departmentId);
  const detail = detailOf(ticket, []);
  const searchable = Object.fromEntries(Object.entries(detail).filter(([name]) => !DETAIL_ONLY.has(name)));
  return {
    ...searchable,
    ...fields,
    isRead: true,
    childTicketCount: '0',
    cf: {},
    customFields: {},
    classification: null,
    language: 'English',
    phone: null,
    productId: null,
    product: null,
    team: null,
    department: department ? { id: department.id, name: department.name } : null,
    contact: { ...contact, id: ticket.contactId, phone: null, mobile: null, type: null, account: null },
    assignee: assignee && {
      id: assignee.id,
      firstName: assignee.firstName,
      lastName: assignee.lastName,
      emailId: assignee.email,
      photoURL: null,
      zuid: null,
    },
  };
}

/** Detail fields that search items do not carry. */
const DETAIL_ONLY = new Set([
  'approvalCount',
  'attachmentCount',
  'taskCount',
  'timeEntryCount',
  'tagCount',
  'followerCount',
  'channelRelatedInfo',
  'isDeleted',
  'isTrashed',
  'isResponseOverdue',
  'isFollowing',
  'layoutDetails',
  'source',
  'channelCode',
  'sentiment',
]);

/** A view of the ticket module: Zoho's system views and an agent's own (custom) ones. */
export interface DemoView {
  readonly id: string;
  readonly name: string;
  readonly custom: boolean;
  /** Only in this department; every department when unset. */
  readonly departmentIndex?: number;
  /** Which tickets it holds. */
  readonly holds: (ticket: DemoTicket, now: number) => boolean;
}

const isOpen = (ticket: DemoTicket) => ticket.statusType !== 'Closed';
const overdueAt = (ticket: DemoTicket, now: number) => ticket.dueDate !== null && Date.parse(ticket.dueDate) < now && isOpen(ticket);

export const DEMO_VIEWS: readonly DemoView[] = [
  { id: '60001234000000068001', name: 'My Open Tickets', custom: false, holds: (t) => isOpen(t) && t.assigneeId === ME.id },
  { id: '60001234000000068002', name: 'My Overdue Tickets', custom: false, holds: (t, now) => overdueAt(t, now) && t.assigneeId === ME.id },
  { id: '60001234000000068003', name: 'Unassigned Open Tickets', custom: false, holds: (t) => isOpen(t) && t.assigneeId === null },
  { id: '60001234000000068004', name: 'Overdue Tickets', custom: false, holds: overdueAt },
  { id: '60001234000000068005', name: 'All Open Tickets', custom: false, holds: isOpen },
  {
    id: '60001234000000068006',
    name: 'Customer Responded Tickets',
    custom: false,
    holds: (t) => isOpen(t) && t.lastThread.direction === 'in',
  },
  { id: '60001234000000068101', name: 'High priority, waiting on us', custom: true, holds: (t) => isOpen(t) && t.priority === 'High' },
  {
    id: '60001234000000068102',
    name: 'Refunds and invoices',
    custom: true,
    departmentIndex: 1,
    holds: (t) => isOpen(t) && /refund|rückerstattung|invoice|فاتورة/i.test(t.subject ?? ''),
  },
];

/** The views listed for a department (or for all, with none given). */
export function viewsFor(org: DemoOrganization, departmentId: string | null): DemoView[] {
  const index = demoDepartments(org).findIndex((candidate) => candidate.id === departmentId);
  return DEMO_VIEWS.filter((view) => view.departmentIndex === undefined || view.departmentIndex === index);
}

/** A view as GET /views lists it. */
export function viewItem(view: DemoView): Record<string, unknown> {
  const sanitized = view.name.replace(/[^A-Za-z0-9]+/g, '_');
  return {
    id: view.id,
    name: view.name,
    viewName: view.name,
    displayLabel: view.name,
    sanitizedName: sanitized,
    isCustomView: view.custom,
    isLocked: !view.custom,
    deprecatedViewId: null,
  };
}

/** A department as GET /myDepartments lists it. */
export function departmentItem(department: DemoDepartment, index: number): Record<string, unknown> {
  return {
    id: department.id,
    name: department.name,
    nameInCustomerPortal: department.name,
    sanitizedName: department.name.replace(/\s+/g, '-'),
    description: null,
    isDefault: index === 0,
    isEnabled: true,
    isAssignToTeamEnabled: false,
    isVisibleInCustomerPortal: true,
    hasLogo: false,
    chatStatus: 'NOT_CREATED',
    creatorId: ME.id,
    createdTime: new Date(NEWEST_CREATED - 400 * DAY).toISOString(),
  };
}

/** An organization as GET /organizations lists it: every field the contract requires. */
export function organizationItem(org: DemoOrganization): Record<string, unknown> {
  const nulls = [
    'alias',
    'logoURL',
    'faviconURL',
    'description',
    'country',
    'state',
    'city',
    'street',
    'zip',
    'phoneNumber',
    'mobile',
    'fax',
    'website',
    'primaryContact',
    'currencySymbol',
    'currencyLocale',
    'employeeCount',
    'employeeCountRange',
    'industry',
    'preferredSolution',
    'preferredCommunicationChannels',
    'migrationFrom',
    'designation',
  ];
  return {
    ...Object.fromEntries(nulls.map((name) => [name, null])),
    ...org,
    isAdminInOrg: false,
    isSandboxPortal: false,
    isPayloadEncryptionEnabled: false,
    edition: 'ENTERPRISE',
    portalURL: `https://${org.portalName}.zohodesk.example`,
    timeZone: 'Europe/Berlin',
    currencyCode: 'EUR',
  };
}

/** The signed-in agent as GET /myinfo answers. */
export function myInfo(id: string, org: DemoOrganization): Record<string, unknown> {
  return {
    ...ME,
    id,
    zuid: '70001234',
    name: `${ME.firstName} ${ME.lastName}`,
    photoURL: null,
    phone: null,
    mobile: null,
    extn: null,
    roleId: '60001234000000050001',
    profileId: '60001234000000050101',
    rolePermissionType: 'AgentPublic',
    status: 'ACTIVE',
    isConfirmed: true,
    isZiaAgent: false,
    langCode: 'en_US',
    countryCode: 'de',
    timeZone: 'Europe/Berlin',
    aboutInfo: null,
    associatedDepartmentIds: demoDepartments(org)
      .filter((d) => d.mine)
      .map((d) => d.id),
    associatedChatDepartmentIds: [],
    channelExpert: [],
  };
}

export interface DemoThread extends Record<string, unknown> {
  id: string;
  summary: string;
  content: string;
  contentType: 'text/html' | 'text/plain';
  direction: 'in' | 'out';
  channel: string;
  createdTime: string;
  author: {
    name: string;
    firstName: string | null;
    lastName: string | null;
    email: string;
    type: string;
    id: string | null;
    photoURL: null;
  };
}

/** The conversation of a ticket, newest first; the hostile ticket's newest thread attacks. */
export function demoThreads(ticket: DemoTicket): DemoThread[] {
  const given = typeof ticket.createdTime === 'number' ? ticket.createdTime : Date.parse(ticket.createdTime);
  // A ticket patched with an absurd time (ticketPatch) still has a conversation.
  const created = Number.isFinite(given) && Math.abs(given) < 8e15 ? given : NEWEST_CREATED;
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
        ? {
            name: 'Customer',
            firstName: 'Cus',
            lastName: 'Tomer',
            email: 'customer@example.com',
            type: 'END_USER',
            id: null,
            photoURL: null,
          }
        : {
            name: `${ME.firstName} ${ME.lastName}`,
            firstName: ME.firstName,
            lastName: ME.lastName,
            email: ME.emailId,
            type: 'AGENT',
            id: ME.id,
            photoURL: null,
          },
      // The rest of what Zoho's contract requires of a thread.
      isDescriptionThread: n === 0,
      canReply: true,
      visibility: 'public',
      sentiment: null,
      keyWords: null,
      aspects: null,
      source: { appName: null, extId: null, permalink: null, type: 'SYSTEM', appPhotoURL: null },
      lastRatingIconURL: null,
      impersonatedUser: null,
      hasAttach: false,
      channelRelatedInfo: null,
      respondedIn: null,
      attachmentCount: '0',
      readReceipts: null,
      actions: [],
      status: 'SUCCESS',
    });
  }
  return threads.reverse();
}

/** How many of `count` demo tickets are of the Open status type (the popup's default filter). */
export function openTicketCount(count: number): number {
  return demoTickets('http://x', ORGANIZATIONS[0]!, count).filter((t) => t.statusType === 'Open').length;
}
