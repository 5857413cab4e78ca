import { describe, expect, it } from 'vitest'
import { CHARTER_AMENDMENT_VOTES, CHARTER_RATIFICATIONS, charterAmendmentAdopted, charterAmendmentInForce, ratificationsStillNeeded } from '~/quiz/procedure/charter'

describe('amending the Charter (Art. 108)', () => {
  it('needs two-thirds of all 193 members, not of those voting: 129, for adoption and for ratification', () => {
    expect(CHARTER_AMENDMENT_VOTES).toBe(129)
    expect(CHARTER_RATIFICATIONS).toBe(129)
  })

  it.each([
    [129, true],
    [128, false], // 128 of 150 voting would be 85%: still short
    [193, true],
  ])('%i yes votes in the Assembly: adopted %j', (yes, adopted) => {
    expect(charterAmendmentAdopted(yes)).toBe(adopted)
  })

  it.each([
    [129, 5, true, 0],
    [150, 4, false, 1], // two-thirds, but a permanent member has not ratified
    [128, 5, false, 1],
    [120, 5, false, 9],
    [120, 2, false, 9], // the three missing permanent members can be among the nine
    [127, 2, false, 3], // two more reach 129, but three permanent members are missing
    [60, 0, false, 69],
  ])('%i ratifications, %i permanent members among them: in force %j, %i more needed', (ratified, permanent, inForce, more) => {
    expect(charterAmendmentInForce(ratified, permanent)).toBe(inForce)
    expect(ratificationsStillNeeded(ratified, permanent)).toBe(more)
  })
})
