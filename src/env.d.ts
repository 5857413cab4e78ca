/// <reference types="vite/client" />

declare module 'virtual:quorum-bank' {
  import type { Bank } from './quiz/types'

  const bank: Bank
  export default bank
}
