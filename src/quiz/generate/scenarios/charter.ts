import type { Distractor } from '../../types.ts'
import { CHARTER_AMENDMENT_VOTES, CHARTER_RATIFICATIONS, charterAmendmentAdopted, charterAmendmentInForce, ratificationsStillNeeded } from '../../procedure/charter.ts'
import { SC_PERMANENT, twoThirdsNeeded, UN_MEMBERS } from '../../procedure/voting.ts'
import { plural } from '../../text.ts'
import { between, CHARTER_18_1, CHARTER_108, numberWord, PERMANENT_MEMBERS, pick, possessive, scenarioTemplate, textItem } from './template.ts'

/** Amending the UN Charter (Article 108): two-thirds of all members to adopt, then ratification. */

export const CHARTER_ADOPTION_TEXT = {
  adopted: 'It is adopted, pending ratification',
  rejected: 'It is not adopted',
  inForce: 'It is in force at once',
  vetoed: 'It is blocked by a veto',
  council: 'It goes to the Security Council for a vote',
} as const

const RULE_108 = `Under Article 108 of the UN Charter, an amendment is adopted by a vote of two-thirds of the members of the General Assembly, all of them and not only those voting: ${CHARTER_AMENDMENT_VOTES} of ${UN_MEMBERS}. It comes into force only when ratified by two-thirds of the members, including all five permanent members.`

export const charterAdoption = scenarioTemplate({
  id: 'charter-adoption',
  title: 'Amending the Charter: the Assembly’s vote',
  reveals: ['no-veto-on-ga-amendments', 'ga-one-vote-per-member', 'un-membership-193', 'sc-permanent-five', 'sc-five-elected-each-year', 'charter-amendment-129', 'charter-ratification-p5'],
  draw(rng, difficulty) {
    const adopted = rng() < 0.5
    // Not adopted: two-thirds of those voting, but short of 129 — the misconception's trap.
    const yes = adopted ? between(rng, CHARTER_AMENDMENT_VOTES, 175) : between(rng, 100, CHARTER_AMENDMENT_VOTES - 1)
    const no = between(rng, 1, adopted ? Math.min(40, UN_MEMBERS - yes) : Math.floor(yes / 2))
    const abstain = between(rng, 0, Math.min(40, UN_MEMBERS - yes - no))
    const voting = yes + no
    if (charterAmendmentAdopted(yes) !== adopted || (!adopted && yes < twoThirdsNeeded(voting)))
      return null
    const country = pick(rng, PERMANENT_MEMBERS)
    const prompt = `The General Assembly votes on an amendment to the UN Charter: ${yes} yes, ${no} no and ${abstain === 0 ? 'no abstentions' : plural(abstain, 'abstention', 'abstentions')}, with ${country} among the no votes. What happens to the amendment?`
    const noVeto = `There is no veto in the Assembly’s vote: ${country} could stop the amendment only by not ratifying it.`
    const council: Distractor = { text: CHARTER_ADOPTION_TEXT.council, why: 'Article 108 asks no Security Council vote: the Assembly adopts an amendment, then the members ratify it.', near: false }
    const distractors: Distractor[] = adopted
      ? [
          { text: CHARTER_ADOPTION_TEXT.inForce, why: 'Adoption is not enough: it comes into force only once two-thirds of the members, including all five permanent members, ratify it.', near: true },
          { text: CHARTER_ADOPTION_TEXT.rejected, why: `${yes} yes votes reach ${CHARTER_AMENDMENT_VOTES}, two-thirds of all ${UN_MEMBERS} members; ${possessive(country)} no does not stop adoption.`, near: true },
          { text: CHARTER_ADOPTION_TEXT.vetoed, why: noVeto, near: false },
          council,
        ]
      : [
          { text: CHARTER_ADOPTION_TEXT.adopted, why: `${yes} is at least two-thirds of the ${voting} members voting, but a Charter amendment needs two-thirds of all the members: ${CHARTER_AMENDMENT_VOTES}.`, near: true },
          { text: CHARTER_ADOPTION_TEXT.vetoed, why: `There is no veto in the Assembly’s vote; the amendment fails for want of ${CHARTER_AMENDMENT_VOTES} yes votes, whatever ${country} does.`, near: false },
          { text: CHARTER_ADOPTION_TEXT.inForce, why: `It is not even adopted: it needs ${CHARTER_AMENDMENT_VOTES} yes votes, then ratification.`, near: false },
          council,
        ]
    const here = adopted
      ? `Here ${yes} yes votes reach ${CHARTER_AMENDMENT_VOTES}, so it is adopted and goes to the members for ratification; ${possessive(country)} no vote is not a veto.`
      : `Here ${yes} yes votes are at least two-thirds of the ${voting} voting but fall short of ${CHARTER_AMENDMENT_VOTES}, so it is not adopted.`
    return textItem({
      id: `scenario-charter-adoption-${yes}-${no}-${abstain}-${PERMANENT_MEMBERS.indexOf(country)}`,
      fact: 'scenario-charter-adoption',
      difficulty,
      prompt,
      key: adopted ? CHARTER_ADOPTION_TEXT.adopted : CHARTER_ADOPTION_TEXT.rejected,
      distractors,
      explanation: `${RULE_108} Each member has one vote (Article 18(1)). ${here}`,
      sources: [CHARTER_108, CHARTER_18_1],
    })
  },
})

export const CHARTER_RATIFICATION_TEXT = {
  inForce: 'It comes into force',
  tooFew: 'It waits: too few members have ratified',
  permanent: 'It waits: not every permanent member has ratified',
  everyone: 'It waits for every member to ratify',
  council: 'It waits for the Security Council’s approval',
} as const

export const charterRatification = scenarioTemplate({
  id: 'charter-ratification',
  title: 'Amending the Charter: ratification',
  reveals: ['un-membership-193', 'sc-permanent-five', 'sc-five-elected-each-year', 'charter-amendment-129'],
  draw(rng, difficulty) {
    const state = pick(rng, ['in-force', 'too-few', 'permanent'] as const)
    // Exactly one condition missing, or none: a draft short on both would make two answers true.
    const ratified = state === 'too-few' ? between(rng, 100, CHARTER_RATIFICATIONS - 1) : between(rng, CHARTER_RATIFICATIONS, 175)
    const permanent = state === 'permanent' ? between(rng, difficulty === 'easy' ? 3 : 0, SC_PERMANENT - 1) : SC_PERMANENT
    const inForce = charterAmendmentInForce(ratified, permanent)
    if (inForce !== (state === 'in-force'))
      return null
    const among = permanent === SC_PERMANENT ? 'all five permanent members among them' : `${numberWord(permanent)} of the five permanent members among them`
    const prompt = pick(rng, [
      `A Charter amendment adopted by the General Assembly has been ratified by ${ratified} of the ${UN_MEMBERS} members, ${among}. What is its status?`,
      `So far ${ratified} of the ${UN_MEMBERS} members, ${among}, have ratified a Charter amendment the General Assembly adopted. Where does it stand?`,
    ])
    const missing = SC_PERMANENT - permanent
    const more = ratificationsStillNeeded(ratified, permanent)
    const enough = `${ratified} ratifications reach ${CHARTER_RATIFICATIONS}, two-thirds of the members.`
    const WHY: Record<keyof typeof CHARTER_RATIFICATION_TEXT, Distractor> = {
      inForce: {
        text: CHARTER_RATIFICATION_TEXT.inForce,
        why: state === 'too-few'
          ? `${ratified} is short of ${CHARTER_RATIFICATIONS}, two-thirds of the members: the five permanent members alone are not enough.`
          : `Two-thirds is not enough without all five permanent members: ${missing === 1 ? 'one has' : `${numberWord(missing)} have`} still to ratify.`,
        near: true,
      },
      tooFew: { text: CHARTER_RATIFICATION_TEXT.tooFew, why: enough, near: state === 'permanent' },
      permanent: { text: CHARTER_RATIFICATION_TEXT.permanent, why: 'All five permanent members have ratified.', near: state === 'too-few' },
      // Once both conditions hold, waiting for everyone is the error left to make.
      council: { text: CHARTER_RATIFICATION_TEXT.council, why: `Article 108 asks no Security Council vote: ratification by ${CHARTER_RATIFICATIONS} members, including all five permanent members, brings an amendment into force.`, near: false },
      everyone: { text: CHARTER_RATIFICATION_TEXT.everyone, why: `Not every member need ratify: two-thirds (${CHARTER_RATIFICATIONS}), including all five permanent members, is enough.`, near: state === 'in-force' },
    }
    const key = state === 'in-force' ? 'inForce' : state === 'too-few' ? 'tooFew' : 'permanent'
    const here = state === 'in-force'
      ? `Here ${ratified} ratifications, all five permanent members among them, bring it into force.`
      : state === 'too-few'
        ? `Here all five permanent members have ratified, but ${ratified} is short of ${CHARTER_RATIFICATIONS}: it needs ${more} more.`
        : `Here ${ratified} reach ${CHARTER_RATIFICATIONS}, but ${missing === 1 ? 'one permanent member has' : `${numberWord(missing)} permanent members have`} still to ratify.`
    return textItem({
      id: `scenario-charter-ratification-${ratified}-${permanent}`,
      fact: 'scenario-charter-ratification',
      difficulty,
      prompt,
      key: CHARTER_RATIFICATION_TEXT[key],
      distractors: (Object.keys(WHY) as (keyof typeof CHARTER_RATIFICATION_TEXT)[]).filter(k => k !== key).map(k => WHY[k]),
      explanation: `Under Article 108 of the UN Charter, an amendment comes into force when ratified by two-thirds of the members of the United Nations (${CHARTER_RATIFICATIONS} of ${UN_MEMBERS}), including all five permanent members. ${here}`,
      sources: [CHARTER_108],
    })
  },
})
