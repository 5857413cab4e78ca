/// <reference types="vite/client" />

declare module 'virtual:quorum-bank' {
  const bank: import('./quiz/types').Bank
  export default bank
}

declare module 'virtual:quorum-topics' {
  const topics: import('./quiz/generate/topics').TopicSummary[]
  export default topics
  /** The bank's fingerprint (see bankFingerprint), for join codes. */
  export const fingerprint: number
}

declare module 'virtual:quorum-article' {
  const article: import('./quiz/bank/article-view').ArticleModel
  export default article
}
