import type { Label } from './language';

/** Which of the two delivery bodies leads an action, or both together. */
export enum LeadOrganisation {
  HEIW = 'HEIW',
  SOCIAL_CARE_WALES = 'SOCIAL_CARE_WALES',
  JOINT = 'JOINT',
}

export const LEAD_ORGANISATION_LABELS: Record<LeadOrganisation, Label> = {
  [LeadOrganisation.HEIW]: { en: 'HEIW', cy: 'AaGIC' },
  [LeadOrganisation.SOCIAL_CARE_WALES]: {
    en: 'Social Care Wales',
    cy: 'Gofal Cymdeithasol Cymru',
  },
  [LeadOrganisation.JOINT]: { en: 'Joint', cy: 'Ar y cyd' },
};

export enum OrganisationType {
  DELIVERY_BODY = 'DELIVERY_BODY',
  HEALTH_BOARD = 'HEALTH_BOARD',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  GOVERNMENT = 'GOVERNMENT',
  TRADE_UNION = 'TRADE_UNION',
  OTHER = 'OTHER',
}

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, Label> = {
  [OrganisationType.DELIVERY_BODY]: { en: 'Delivery body', cy: 'Corff cyflawni' },
  [OrganisationType.HEALTH_BOARD]: { en: 'Health board', cy: 'Bwrdd iechyd' },
  [OrganisationType.LOCAL_AUTHORITY]: { en: 'Local authority', cy: 'Awdurdod lleol' },
  [OrganisationType.GOVERNMENT]: { en: 'Government', cy: 'Llywodraeth' },
  [OrganisationType.TRADE_UNION]: { en: 'Trade union', cy: 'Undeb llafur' },
  [OrganisationType.OTHER]: { en: 'Other partner', cy: 'Partner arall' },
};
