import type { Probe } from './stated.ts'
import { keyProbe, phraseProbe } from './stated.ts'

/**
 * Where the plain search for a key (stated.ts) says too much, with the reason. A key the
 * article names in nearly every sentence (Russia, the United States, Ukraine) or a number with
 * several meanings in the bank (9 is the Council's threshold and one amendment's tally) is
 * searched as the phrases that answer its question instead. One-off matches that do not state
 * the key are listed by item. Each entry names items by id; a test checks that they exist.
 */

export interface KeyStatement {
  /** Phrases that state this item's key in the sense its question asks. */
  phrases: readonly string[]
  why: string
}

export const KEY_STATEMENTS: Readonly<Record<string, KeyStatement>> = {
  'vote-permanent-member-alongside-us': {
    phrases: ['alongside Russia', 'alongside Moscow', 'aligning with Moscow', 'aligned with Moscow', 'Washington with Moscow', 'With Moscow and the U.S.', 'to side with Moscow', 'siding with Moscow', 'sided with Moscow', 'vote with Moscow', 'voted with Moscow', 'voting with Moscow', 'vote with Russia', 'voted with Russia', 'voting with Russia', 'sided with Russia', 'Russia and the United States', 'Russia and the U.S.', 'the U.S. and Russia voted', 'U.S. aligned with', 'United States aligned with'],
    why: 'Russia is named in nearly every item; only these say whom the U.S. voted with.',
  },
  'diplomacy-competing-draft': {
    phrases: ['U.S. text', 'U.S. draft', 'U.S. proposal', 'U.S. resolution', 'Trump’s administration', 'its own resolution', 'own amended text', 'rather than Washington'],
    why: 'The U.S. is named in nearly every item; only these say whose text competed with the European one.',
  },
  'diplomacy-state-department-country': {
    phrases: ['State Department warned', 'State Department warn', 'State Department’s veto warning', 'State Department’s warning', 'warned it would veto'],
    why: 'The U.S. is named in nearly every item; only these say who warned of a veto.',
  },
  'vote-territorial-integrity': {
    phrases: ['Ukraine’s territorial integrity', 'territorial integrity of Ukraine'],
    why: 'Ukraine is named in nearly every item; only these say whose territorial integrity is at stake.',
  },
  'diplomacy-guterres-territory': {
    phrases: ['Ukraine’s territorial integrity', 'territorial integrity of Ukraine'],
    why: 'Ukraine is named in nearly every item; only these say whose territorial integrity is at stake.',
  },
  'people-shea-resolution-offered-by': {
    phrases: ['offered by Ukraine', 'Ukraine’s resolution', 'backed by Ukraine'],
    why: 'Ukraine is named in nearly every item; only these say who offered the resolution Shea spoke of.',
  },
  'diplomacy-guterres-charter': {
    phrases: ['respects the UN Charter', 'respect the UN Charter', 'respect for the UN Charter', 'respecting the UN Charter'],
    why: 'The UN Charter is the source of most procedure items; only these say what the peace call asked to respect.',
  },
  'diplomacy-amendments-pushed-by': {
    phrases: ['France pushed', 'France, a key U.S. ally, pushed', 'France’s push', 'amendments France pushed', 'amendments that France', 'France had withdrawn its amendments', 'France for its amendments', 'pushed by France', 'put forward by France'],
    why: 'France is named in many items; only these say who pushed the amendments.',
  },
  'diplomacy-uk-could-not-support': {
    phrases: ['along with the UK', 'Paris, the UK and other', 'France, the UK and others could not', 'Paris and London can support', 'Paris and London could support', 'French and British support', 'Paris and London could not support'],
    why: 'The UK is named in many items; only these say it could not support the U.S. text.',
  },
  'diplomacy-first-veto-who': {
    phrases: ['France or Britain', 'France and Britain gone without', 'French or British veto', 'France or the UK vetoed', 'Paris and London'],
    why: 'The UK is named in many items; only these pair it with France over a veto.',
  },
  'diplomacy-amendments-opposed-by': {
    phrases: ['Hungary opposed', 'Hungary’s opposition', 'also opposed the amendments'],
    why: 'Hungary is offered in many option lists; only these say it opposed the amendments.',
  },
  'diplomacy-unamended-text-body': {
    phrases: ['text to the UN Security Council', 'text to the Security Council', 'text to the Council', 'U.S. text in the Security Council', 'U.S. text in the Council', 'adopted the U.S. text', 'Security Council voted on it', 'U.S. text on Ukraine'],
    why: 'The Security Council is named in many items; only these say where the U.S. took its unamended text.',
  },
  'procedure-sc-binding-art25': {
    phrases: ['decisions of the Security Council', 'Security Council decisions that members', 'carry out the decisions', 'decisions of the Council', 'Council decisions bind'],
    why: 'The Security Council is named in many items; only these speak of the force of its decisions.',
  },
  'diplomacy-no-veto-body': {
    phrases: ['cannot veto amendments from the General Assembly', 'no veto in the Assembly', 'no veto in the General Assembly', 'Assembly has no veto', 'none has a veto', 'no member has a veto'],
    why: 'The General Assembly is named in many items; only these say it has no veto.',
  },
  'vote-amended-us-text-passed-by': {
    phrases: ['which the General Assembly passed', 'Assembly passed it in amended form', 'amended text passed in the Assembly', 'General Assembly on its own resolution', 'own amended text in the General Assembly', 'own, heavily amended resolution'],
    why: 'The General Assembly is named in many items; only these say it passed the amended U.S. text.',
  },
  'people-nebenzia-step-target': {
    phrases: ['praised the U.S. proposal', 'lauded the U.S. proposal', 'praise for the U.S. proposal', 'praise of the U.S. proposal', 'words for the U.S. proposal', 'praise the U.S. proposal'],
    why: 'The U.S. proposal is named in many items; only these say Nebenzia praised it.',
  },
  'procedure-record-sc-amendment-nine': {
    phrases: ['9 and 11'],
    why: 'Nine is also the Council’s threshold, named in many items; only the amendments’ tallies state this one.',
  },
  'procedure-es11-number': {
    phrases: ['ES-11', 'eleventh emergency special session'],
    why: 'Eleven is also a Council tally and the Council’s size before 1965; only these name the session.',
  },
  'procedure-sc-before-1965-size': {
    phrases: ['had 11 members', '11-member'],
    why: 'Eleven is also a Council tally and a session’s number; only these give the Council’s size.',
  },
  'procedure-sc-before-1965-votes': {
    phrases: ['7 was the threshold', 'seven was the rule', 'needed 7 votes', 'affirmative votes of 7', 'seven yes votes'],
    why: 'Seven is also a count of abstentions and a resolution’s place in its session; only these give the old threshold.',
  },
  'procedure-record-2774-yes': {
    phrases: ['10 votes to none', '2774 got 10', 'ten yes votes, and no veto'],
    why: 'Ten is also the Council’s elected members, a session number and other margins; only these give resolution 2774’s yes votes.',
  },
  'vote-yes-over-rest': {
    phrases: ['93 − 83 = 10'],
    why: 'Ten is also resolution 2774’s yes votes and the Council’s elected members; only this sum gives the margin.',
  },
  'vote-moscow-ally-belarus': {
    phrases: ['allies Belarus', 'Belarus, North Korea'],
    why: 'Belarus is offered in several lists of countries; only these name it among Moscow’s allies.',
  },
  'vote-resolution-backers': {
    phrases: ['European-backed', 'backed by Ukraine and European states'],
    why: 'The key, European nations, is what the resolution’s usual name, “the European-backed resolution”, says.',
  },
  'procedure-sc-permanent-count': {
    phrases: ['five permanent', 'all five must', 'five of them permanent'],
    why: 'Five is also a count of abstentions and of yes votes; only these count the permanent members.',
  },
  // Rules and reports the bank words in several ways: the key's own words and the others.
  'vote-report-content': {
    phrases: ['It strongly criticized Russia', 'strongly criticized Russia', 'condemning Russia’s attack'],
    why: 'The article says it in two ways: the resolution “strongly criticized Russia” and was one “condemning Russia’s attack”.',
  },
  'procedure-ga-one-vote': {
    phrases: ['Each member state has one vote', 'has one vote', 'had one vote', 'One vote, with no power of veto'],
    why: 'Items say it in their own words: every member “has one vote”.',
  },
  'vote-cause-present-voting': {
    phrases: ['Abstainers count as not voting', 'abstain are considered as not voting', 'abstaining members are not counted as voting', 'Counting only yes and no votes', 'Members casting a yes or a no vote'],
    why: 'Items say it in their own words: abstainers are “considered as not voting”.',
  },
  'diplomacy-why-france-no-blocks': {
    phrases: ['A permanent member’s no vote is a veto', 'no vote is a veto', 'no vote on a substantive matter is a veto', 'no is a veto', 'no vote would be a veto', 'voting no is a veto'],
    why: 'Items say it in their own words: a permanent member’s “no is a veto”.',
  },
  'procedure-ga-important-majority': {
    phrases: ['Two-thirds of the members present and voting', 'two-thirds of members present and voting', 'two-thirds majority of the members present and voting', 'two-thirds of those present and voting'],
    why: 'Items say it with and without “the” and “majority”.',
  },
  'procedure-ga-other-majority': {
    phrases: ['A majority of the members present and voting', 'simple majority of members present and voting', 'simple majority of the members present and voting', 'simple majority of those present and voting'],
    why: 'Items say it with and without “the” and “simple”.',
  },
  'procedure-ufp-what-it-allows': {
    phrases: ['within 24 hours'],
    why: 'Items give the rule as a clause, not as the key’s sentence.',
  },
  'procedure-sc-elected-terms': {
    phrases: ['Elected by the General Assembly for two years', 'elected by the General Assembly', 'General Assembly elects', 'elected for two years', 'two-year term'],
    why: 'Items give the rule as a clause, not as the key’s sentence.',
  },
  'procedure-sc-no-immediate-reelection': {
    phrases: ['It cannot be re-elected straight away', 'immediate re-election'],
    why: 'The Charter’s words are “not eligible for immediate re-election”.',
  },
  'people-guterres-appointment': {
    phrases: ['Appointed by the Assembly on the Council’s recommendation', 'Secretary-General is appointed', 'appointed by the General Assembly upon'],
    why: 'The Charter’s words are “appointed by the General Assembly upon the recommendation of the Security Council”.',
  },
  'procedure-ga-recommendations': {
    phrases: ['A recommendation, not legally binding', 'is a recommendation', 'are recommendations', 'only recommends', 'not legally binding'],
    why: 'Items give the rule as a clause, not as the key’s sentence.',
  },
  'procedure-sc-procedural': {
    phrases: ['Any nine yes votes, with no veto', 'any nine yes votes', 'no veto on procedural', 'procedural decisions need', 'procedural decision needs the yes votes of any nine'],
    why: 'Items give the rule as a clause, not as the key’s sentence.',
  },
  'procedure-ess-procedural': {
    phrases: ['Their no votes count as ordinary no votes', 'no permanent member can veto it', 'no counts like any other'],
    why: 'Items give the rule as a clause, not as the key’s sentence.',
  },
  'procedure-ess-un-majority': {
    phrases: ['A majority of UN member states', 'majority of the members of the United Nations', 'majority of UN members'],
    why: 'Resolution 377 A (V) says “a majority of the Members of the United Nations”.',
  },
  'vote-report-us-on-own': {
    phrases: ['It abstained on it', 'abstained from voting on its own', 'abstained on its own', 'Washington abstained', 'U.S. abstained'],
    why: 'Items say it as the article does: Washington “abstained from voting on its own resolution”.',
  },
  'diplomacy-report-guterres-timing': {
    phrases: ['The day before the vote', 'on Sunday'],
    why: 'The article gives the day, Sunday, and the vote on Monday; a text naming Sunday answers “when”.',
  },
  'people-zelensky-amid': {
    phrases: ['Escalating tensions between the U.S. and Zelensky', 'escalating tensions between the U.S. and Ukrainian President', 'tensions with Ukrainian President', 'tensions with Zelensky'],
    why: 'The article’s words name Zelensky with his title.',
  },
  'diplomacy-report-could-still-succeed': {
    phrases: ['could still succeed'],
    why: 'The key is the article’s clause, “could still succeed”, with a pronoun.',
  },
  'procedure-record-sc-amendments-failed': {
    phrases: ['Russia, a permanent member, voted no', 'Russia vetoed', 'Russia’s veto', 'Russia’s no votes', 'Russia voted no'],
    why: 'Items say it in their own words: Russia’s no votes “vetoed two of them”.',
  },
  'procedure-sc-fewer-than-nine': {
    phrases: ['It fails, one vote short of nine', 'fewer than nine', 'lack of nine', 'lacked nine', 'short of nine', 'for want of nine', 'fewer than the nine'],
    why: 'Items give the rule as a clause, not as the key’s sentence.',
  },
  'procedure-ga-peace-security-important': {
    phrases: ['It concerns maintaining international peace and security', 'maintenance of international peace and security', 'maintaining international peace and security'],
    why: 'The Charter’s words are “the maintenance of international peace and security”; Shea’s “peace and security” is about the UN’s mission.',
  },
}

export interface NotAReveal {
  /** The item whose key the search finds… */
  id: string
  /** …in these items' text, where it does not state it. */
  in: readonly string[]
  why: string
}

export const NOT_REVEALS: readonly NotAReveal[] = [
  {
    id: 'diplomacy-report-state-department',
    in: ['diplomacy-no-veto-body'],
    why: '“Able to veto them” there says no member could veto the amendments in the Assembly, not what the State Department warned.',
  },
  {
    id: 'procedure-sc-permanent-which',
    in: ['diplomacy-amendments-pushed-by', 'vote-moscow-ally-belarus', 'vote-moscow-ally-sudan'],
    why: 'China is offered there as a country that might have pushed amendments or allied with Moscow, not as a permanent member.',
  },
  {
    id: 'vote-moscow-ally-sudan',
    in: ['diplomacy-state-department-country'],
    why: 'Sudan is offered there as a country with no veto to threaten, not as a Moscow ally.',
  },
  {
    id: 'procedure-sc-veto-is-no',
    in: ['vote-cause-present-voting'],
    why: '“Those voting no count as not voting” is about counting Assembly votes, not about the veto.',
  },
  {
    id: 'procedure-sc-abstention-icj',
    in: ['diplomacy-unamended-text-body', 'procedure-ess-un-majority'],
    why: 'The Court is offered there as a body a text could go to or that could call a session, with nothing on abstentions.',
  },
  {
    id: 'procedure-ga-recommendations',
    in: ['people-guterres-appointment'],
    why: '“The Council only recommends” there is about choosing a Secretary-General, not about the force of Assembly resolutions.',
  },
  {
    id: 'procedure-sc-elected-terms',
    in: ['people-guterres-appointment'],
    why: '“Elected by the General Assembly alone” is offered there as how a Secretary-General might be chosen.',
  },
  {
    id: 'procedure-es11-year',
    in: ['procedure-ufp-symbol'],
    why: '2022 there is the year of resolution 76/262, not the year the emergency special session opened.',
  },
]

const probes = new Map<string, Probe>()

/** How a text would state this item's key: its statement phrases, or the key itself. */
export function probeFor(item: { id: string, key: string, kind: Parameters<typeof keyProbe>[1] }): Probe {
  const statement = KEY_STATEMENTS[item.id]
  if (statement === undefined)
    return keyProbe(item.key, item.kind)
  let probe = probes.get(item.id)
  if (probe === undefined) {
    probe = phraseProbe(statement.phrases)
    probes.set(item.id, probe)
  }
  return probe
}

const exceptions = new Map<string, Set<string>>(NOT_REVEALS.map(e => [e.id, new Set(e.in)]))

/** Whether the search's match of `revealed`'s key in `shownBy`'s text is a listed non-reveal. */
export function isListedNonReveal(revealed: string, shownBy: string): boolean {
  return exceptions.get(revealed)?.has(shownBy) ?? false
}
