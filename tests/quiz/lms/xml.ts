/**
 * A small XML 1.0 reader for tests, written from the spec (https://www.w3.org/TR/xml/), for the
 * subset Moodle XML needs: the XML declaration, elements, attributes, text, the five predefined
 * entities and numeric character references, CDATA sections and comments. A DOCTYPE (and so any
 * other entity), processing instructions and anything not well formed throw, with the line and
 * column. Line breaks are normalised (§2.11) and attribute values too (§3.3.3), as the spec says.
 */

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlNode[]
}

/** An element, or text with its references resolved (CDATA included). */
export type XmlNode = XmlElement | string

/** §2.2 Char; with the `u` flag a lone surrogate half is a code point outside it. */
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u
const NAME_START = ':A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}'
/** §2.3 Name. */
// eslint-disable-next-line no-misleading-character-class, regexp/prefer-w -- the ranges of XML 1.0 §2.3, as written there
const NAME = new RegExp(`[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040]*`, 'uy')
/** §2.8 XMLDecl, for UTF-8 text (a JS string has no other encoding left to declare). */
const DECLARATION = /<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.\d+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])([A-Za-z][\w.-]*)\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\4)?[ \t\n]*\?>/y
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }

export function readXml(source: string): XmlElement {
  const src = source.replace(/\r\n?/g, '\n')
  let pos = 0

  function fail(message: string, at = pos): never {
    const lines = src.slice(0, at).split('\n')
    throw new Error(`XML, line ${lines.length}, column ${(lines.at(-1) ?? '').length + 1}: ${message}`)
  }
  const startsWith = (token: string) => src.startsWith(token, pos)
  const skipSpace = () => {
    const start = pos
    while (pos < src.length && ' \t\n'.includes(src[pos] as string))
      pos++
    return pos > start
  }
  const expect = (token: string) => {
    if (!startsWith(token))
      fail(`expected "${token}"`)
    pos += token.length
  }
  const name = () => {
    NAME.lastIndex = pos
    const m = NAME.exec(src)
    if (m === null)
      return fail('expected a name')
    pos += m[0].length
    return m[0]
  }

  /** Resolves references in text or an attribute value that starts at `at` in the source. */
  const resolve = (raw: string, at: number, attribute: boolean) => {
    let out = ''
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i] as string
      if (c !== '&') {
        out += attribute && (c === '\t' || c === '\n') ? ' ' : c
        continue
      }
      const end = raw.indexOf(';', i)
      const ref = end < 0 ? '' : raw.slice(i + 1, end)
      let value: string | undefined
      if (/^#\d+$/.test(ref) || /^#x[0-9a-fA-F]+$/.test(ref)) {
        const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10)
        if (code > 0x10FFFF || NOT_CHAR.test(String.fromCodePoint(code)))
          fail(`&${ref}; refers to a character XML does not allow`, at + i)
        value = String.fromCodePoint(code)
      }
      else {
        value = PREDEFINED[ref]
      }
      if (value === undefined)
        fail(end < 0 || !/^[^\s&;]+$/.test(ref) ? '"&" must start a reference (write &amp;)' : `unknown entity &${ref};`, at + i)
      out += value
      i = end
    }
    return out
  }

  const comment = () => {
    const end = src.indexOf('-->', pos + 4)
    if (end < 0)
      fail('unterminated comment')
    const body = src.slice(pos + 4, end)
    if (body.includes('--') || body.endsWith('-'))
      fail('"--" is not allowed inside a comment')
    pos = end + 3
  }

  /** Whitespace, comments; what else may stand outside the root element is not supported. */
  const misc = () => {
    for (;;) {
      skipSpace()
      if (startsWith('<!--'))
        comment()
      else if (startsWith('<?xml') && /[\s?]/.test(src[pos + 5] ?? ''))
        fail('the XML declaration must come first')
      else if (startsWith('<?'))
        fail('processing instructions are not supported')
      else if (startsWith('<!DOCTYPE'))
        fail('a DOCTYPE is not supported (and with it, no entities beyond the predefined five)')
      else
        return
    }
  }

  const element = (): XmlElement => {
    const open = pos
    expect('<')
    const tag = name()
    const attributes: Record<string, string> = {}
    for (;;) {
      const spaced = skipSpace()
      if (startsWith('/>')) {
        pos += 2
        return { name: tag, attributes, children: [] }
      }
      if (startsWith('>')) {
        pos++
        break
      }
      if (pos >= src.length)
        fail(`unterminated start tag <${tag}>`, open)
      if (!spaced)
        fail('expected whitespace before an attribute')
      const attr = name()
      skipSpace()
      expect('=')
      skipSpace()
      const quote = src[pos]
      if (quote !== '"' && quote !== '\'')
        fail('an attribute value must be in quotes')
      const end = src.indexOf(quote as string, pos + 1)
      if (end < 0)
        fail('unterminated attribute value')
      const raw = src.slice(pos + 1, end)
      if (raw.includes('<'))
        fail('"<" is not allowed in an attribute value', pos + 1 + raw.indexOf('<'))
      if (Object.hasOwn(attributes, attr))
        fail(`duplicate attribute "${attr}"`)
      attributes[attr] = resolve(raw, pos + 1, true)
      pos = end + 1
    }

    const children: XmlNode[] = []
    let text = ''
    const flush = () => {
      if (text !== '')
        children.push(text)
      text = ''
    }
    for (;;) {
      if (pos >= src.length)
        fail(`<${tag}> is never closed`, open)
      if (startsWith('</')) {
        const at = pos
        pos += 2
        const closing = name()
        skipSpace()
        expect('>')
        if (closing !== tag)
          fail(`</${closing}> does not close <${tag}>`, at)
        flush()
        return { name: tag, attributes, children }
      }
      if (startsWith('<!--')) {
        comment()
      }
      else if (startsWith('<![CDATA[')) {
        const end = src.indexOf(']]>', pos + 9)
        if (end < 0)
          fail('unterminated CDATA section')
        text += src.slice(pos + 9, end)
        pos = end + 3
      }
      else if (startsWith('<?')) {
        fail('processing instructions are not supported')
      }
      else if (startsWith('<!')) {
        fail('markup declarations are not supported')
      }
      else if (startsWith('<')) {
        flush()
        children.push(element())
      }
      else {
        const next = src.indexOf('<', pos)
        const end = next < 0 ? src.length : next
        const raw = src.slice(pos, end)
        if (raw.includes(']]>'))
          fail('"]]>" is not allowed in text (write ]]&gt;)', pos + raw.indexOf(']]>'))
        text += resolve(raw, pos, false)
        pos = end
      }
    }
  }

  const bad = src.search(NOT_CHAR)
  if (bad >= 0)
    fail(`character U+${(src.codePointAt(bad) ?? 0).toString(16).toUpperCase().padStart(4, '0')} is not allowed in XML 1.0`, bad)
  if (src.startsWith('\uFEFF'))
    pos = 1
  if (startsWith('<?xml') && /[\s?]/.test(src[pos + 5] ?? '')) {
    DECLARATION.lastIndex = pos
    const m = DECLARATION.exec(src)
    if (m === null)
      fail('malformed XML declaration')
    else if (m[3] !== undefined && m[3].toUpperCase() !== 'UTF-8')
      fail(`encoding "${m[3]}" is not supported: this reader takes UTF-8`)
    else
      pos += m[0].length
  }
  misc()
  if (!startsWith('<'))
    fail(pos >= src.length ? 'no root element' : 'text outside the root element')
  const root = element()
  misc()
  if (pos < src.length)
    fail('content after the root element')
  return root
}

/** The element's child elements, text between them left out. */
export function elementsOf(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string')
}
