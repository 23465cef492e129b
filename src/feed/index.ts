export * from './types.js';
export * from './dates.js';
export * from './urls.js';
export * from './validate.js';
export * from './normalize.js';
export {
  readFeedJson,
  readFeedText,
  readFeedXml,
  detectJsonFormat,
  detectXmlFormat,
  FeedReadError,
  type FeedFormat,
} from './readers/index.js';
