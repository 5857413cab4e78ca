/**
 * The version of the rules that turn a bank and settings into a quiz: the generator and the
 * scenario templates. Every device in a class session builds the quiz from the join code, so
 * the code's bank fingerprint hashes this number too, and devices of two versions refuse each
 * other's codes. Bump it with any change that alters what buildQuiz returns.
 *
 * 1 (not hashed): the first join codes.
 * 2: no question is asked after one whose text states its key; wrong numbers within 2 of the
 *    key only in hard questions; text options that state numbers shown sorted by them.
 * 3: procedure templates beyond the vote (amendments, Council elections, admission, the
 *    Charter, emergency sessions, the veto initiative); threshold questions draw wrong numbers
 *    from several misconceptions.
 */
export const GENERATOR_VERSION = 3
