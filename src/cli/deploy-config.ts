import { writeFileSync } from 'node:fs'
import { nginxSite } from '../build/deploy'

/** `npm run deploy:config`: writes deploy/nginx.conf from src/build/deploy.ts and csp.ts. */
const path = new URL('../../deploy/nginx.conf', import.meta.url)
writeFileSync(path, nginxSite())
console.log(`wrote ${path.pathname}`)
