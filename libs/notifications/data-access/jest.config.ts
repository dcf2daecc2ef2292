import { nodeProjectConfig } from '../../../tools/jest/jest-preset';

export default nodeProjectConfig('notifications-data-access', {
  coverageDirectory: '../../../coverage/libs/notifications/data-access',
});
