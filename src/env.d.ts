/// <reference types="vite/client" />

declare module 'virtual:quorum-bank' {
  const bank: import('./quiz/types').Bank
  export default bank
}
