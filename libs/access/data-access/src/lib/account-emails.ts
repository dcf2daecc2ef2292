import type { BilingualText } from '@cynnydd/shared/domain';

/** Where single sign-on starts (see oidc.controller.ts). */
export const SINGLE_SIGN_ON_PATH = '/auth/oidc/login';

interface AccountEmail {
  subject: BilingualText;
  body: BilingualText;
  link: string;
}

const ABOUT = {
  en: 'Cynnydd tracks the delivery of the joint health and social care workforce strategy of HEIW and Social Care Wales.',
  cy: 'Mae Cynnydd yn olrhain cyflawni strategaeth gweithlu iechyd a gofal cymdeithasol AaGIC a Gofal Cymdeithasol Cymru ar y cyd.',
};

const INVITED = {
  en: 'You have been invited to use Cynnydd',
  cy: 'Rydych wedi cael gwahoddiad i ddefnyddio Cynnydd',
};

/** An invitation: a link to set a password, good for `days` days and once. */
export function invitationEmail(email: string, link: string, days: number): AccountEmail {
  return {
    subject: INVITED,
    body: {
      en: `${ABOUT.en}\n\nAn account has been made for you (${email}). Choose your password with this link within ${days} days; it works once.`,
      cy: `${ABOUT.cy}\n\nMae cyfrif wedi’i greu i chi (${email}). Dewiswch eich cyfrinair gyda’r ddolen hon o fewn ${days} diwrnod; dim ond unwaith y mae’n gweithio.`,
    },
    link,
  };
}

/** An invitation where people sign in with their organisation's account: no password to set. */
export function singleSignOnInvitationEmail(email: string): AccountEmail {
  return {
    subject: INVITED,
    body: {
      en: `${ABOUT.en}\n\nAn account has been made for you (${email}). Sign in with your organisation account through this link.`,
      cy: `${ABOUT.cy}\n\nMae cyfrif wedi’i greu i chi (${email}). Mewngofnodwch gyda chyfrif eich sefydliad drwy’r ddolen hon.`,
    },
    link: SINGLE_SIGN_ON_PATH,
  };
}

/** A password reset: a link good for an hour and once, which signs the account out elsewhere. */
export function passwordResetEmail(email: string, link: string): AccountEmail {
  return {
    subject: { en: 'Reset your Cynnydd password', cy: 'Ailosod eich cyfrinair Cynnydd' },
    body: {
      en: `Someone asked to reset the password of your Cynnydd account (${email}). If it was you, choose a new password with this link within an hour; it works once and signs your account out everywhere else. If it was not you, ignore this e-mail: your password has not changed.`,
      cy: `Mae rhywun wedi gofyn am ailosod cyfrinair eich cyfrif Cynnydd (${email}). Os mai chi oedd hynny, dewiswch gyfrinair newydd gyda’r ddolen hon o fewn awr; dim ond unwaith y mae’n gweithio ac mae’n allgofnodi eich cyfrif ym mhob man arall. Os nad chi oedd hynny, anwybyddwch yr e-bost hwn: nid yw eich cyfrinair wedi newid.`,
    },
    link,
  };
}

/** Asked to reset a password on an account that signs in with the organisation's account. */
export function singleSignOnReminderEmail(email: string): AccountEmail {
  return {
    subject: { en: 'Signing in to Cynnydd', cy: 'Mewngofnodi i Cynnydd' },
    body: {
      en: `Someone asked to reset the password of your Cynnydd account (${email}). Your account signs in with your organisation account, so it has no Cynnydd password: sign in through this link, and ask your organisation’s IT service desk if you have forgotten that password.`,
      cy: `Mae rhywun wedi gofyn am ailosod cyfrinair eich cyfrif Cynnydd (${email}). Mae eich cyfrif yn mewngofnodi gyda chyfrif eich sefydliad, felly nid oes ganddo gyfrinair Cynnydd: mewngofnodwch drwy’r ddolen hon, a gofynnwch i ddesg gymorth TG eich sefydliad os ydych wedi anghofio’r cyfrinair hwnnw.`,
    },
    link: SINGLE_SIGN_ON_PATH,
  };
}
