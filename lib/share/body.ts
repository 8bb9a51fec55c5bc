/**
 * An assessment as the compact binary body of a link (docs/decisions/0003): choices as their
 * position in the frozen vocabulary lists, packed several to a number; whole numbers with their
 * trailing zeros folded; templates and weight keys by frozen position; ids that follow from the
 * name or the position as a single byte. The decoder only rebuilds the plain object —
 * `parseAssessment` validates it like any other input.
 *
 * Format 2 is format 1 with one extension per use case, after its format-1 answers: the answers
 * added to v1 since format 1 was frozen (the serving pattern, the hybrid's split, the volume in a
 * year), packed the same way. A link is written in format 1 when no use case has any of them, so
 * that older copies of Crossover still open it.
 */
import {
  assumptionIds,
  criterionIds,
  ASSESSMENT_SCHEMA_V1,
  organizationChoices,
  organizationQuestionIds,
  linkV1ChoiceQuestionIds,
  linkV1NumberQuestionIds,
  linkV2ChoiceQuestionIds,
  linkV2NumberQuestionIds,
  useCaseChoices,
  useCaseQuestionIds,
  type UseCaseChoiceQuestionId,
  type UseCaseNumberQuestionId,
} from "@/lib/vocabulary";
import type { Assessment, UseCase } from "@/lib/assessment/schema";
import { ByteReader, ByteWriter, MalformedBody } from "./bytes";
import { linkTemplateIds } from "./template-codes";

/** Template codes: 0 no template, 1 spelled out, 2 + i the i-th of `linkTemplateIds`. */
const TEMPLATE_NONE = 0;
const TEMPLATE_LITERAL = 1;
const TEMPLATE_KNOWN = 2;

/** Id codes: 0 `uc<n>` (n from 1), 1 spelled out, 2 the template's id, 3 + k the name's slug cut to k characters. */
const ID_POSITIONAL = 0;
const ID_LITERAL = 1;
const ID_TEMPLATE = 2;
const ID_SLUG = 3;

/** The default id of the use case at `index` (from 0), as a new assessment names them. */
export function positionalId(index: number): string {
  return `uc${index + 1}`;
}

/**
 * The slug a name suggests: ASCII letters lowercased, digits kept, every run of anything else a
 * single `-`, none at either end ("Claims FNOL – intake" → "claims-fnol-intake"). Part of format
 * v1: ids that are a prefix of it take one byte.
 */
export function slugOfName(name: string): string {
  let slug = "";
  let pendingDash = false;
  for (const char of name) {
    const code = char.charCodeAt(0);
    const lower = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
    if (/^[a-z0-9]$/.test(lower)) {
      if (pendingDash && slug !== "") slug += "-";
      slug += lower;
      pendingDash = false;
    } else pendingDash = true;
  }
  return slug;
}

/** A mixed-radix number: `digits[0]` least significant. Each digit is a position + 1, 0 when missing. */
function pack(digits: readonly { value: number; radix: number }[]): number {
  let packed = 0;
  for (let i = digits.length - 1; i >= 0; i--) {
    const digit = digits[i];
    if (digit) packed = packed * digit.radix + digit.value;
  }
  return packed;
}

function unpack(packed: number, radixes: readonly number[]): number[] {
  let rest = packed;
  const digits = radixes.map((radix) => {
    const digit = rest % radix;
    rest = (rest - digit) / radix;
    return digit;
  });
  if (rest !== 0) throw new MalformedBody("an answer code is out of range");
  return digits;
}

/** Position + 1 of `value` in `choices`, 0 when the answer is missing. */
function choiceDigit(
  choices: readonly string[],
  value: string | undefined,
): { value: number; radix: number } {
  const position = value === undefined ? -1 : choices.indexOf(value);
  if (value !== undefined && position < 0) throw new RangeError(`unknown answer "${value}"`);
  return { value: position + 1, radix: choices.length + 1 };
}

function writeKeyedNumbers(
  writer: ByteWriter,
  keys: readonly string[],
  values: Partial<Record<string, number>> | undefined,
): void {
  if (values === undefined) {
    writer.varint(0);
    return;
  }
  const entries = Object.entries(values).filter(
    (entry): entry is [string, number] => entry[1] !== undefined,
  );
  writer.varint(entries.length + 1);
  for (const [key, value] of entries) {
    const position = keys.indexOf(key);
    if (position < 0) throw new RangeError(`unknown key "${key}"`);
    writer.varint(position);
    writer.number(value);
  }
}

function readKeyedNumbers(
  reader: ByteReader,
  keys: readonly string[],
): Record<string, number> | undefined {
  const code = reader.count();
  if (code === 0) return undefined;
  const values: Record<string, number> = {};
  for (let i = 0; i < code - 1; i++) {
    const key = keys[reader.varint()];
    if (key === undefined)
      throw new MalformedBody(
        "the link names a weight or cost assumption this version does not know",
        true,
      );
    if (Object.hasOwn(values, key))
      throw new MalformedBody("a weight or cost assumption appears twice");
    values[key] = reader.number();
  }
  return values;
}

function writeUseCase(writer: ByteWriter, useCase: UseCase, index: number, version: 1 | 2): void {
  writer.string(useCase.name);

  const template = useCase.template;
  const templateCode =
    template === undefined ? -1 : (linkTemplateIds as readonly string[]).indexOf(template);
  if (template === undefined) writer.varint(TEMPLATE_NONE);
  else if (templateCode >= 0) writer.varint(TEMPLATE_KNOWN + templateCode);
  else {
    writer.varint(TEMPLATE_LITERAL);
    writer.string(template);
  }

  const slug = slugOfName(useCase.name);
  if (useCase.id === positionalId(index)) writer.varint(ID_POSITIONAL);
  else if (useCase.id === template) writer.varint(ID_TEMPLATE);
  else if (useCase.id !== "" && slug.startsWith(useCase.id))
    writer.varint(ID_SLUG + useCase.id.length);
  else {
    writer.varint(ID_LITERAL);
    writer.string(useCase.id);
  }

  const answers = useCase.answers;
  writeAnswers(writer, answers, linkV1ChoiceQuestionIds, linkV1NumberQuestionIds);
  if (version >= 2) writeAnswers(writer, answers, linkV2ChoiceQuestionIds, linkV2NumberQuestionIds);
}

/** Answers to the given questions: their choices and which numbers follow, packed; then the numbers. */
function writeAnswers(
  writer: ByteWriter,
  answers: UseCase["answers"],
  choices: readonly UseCaseChoiceQuestionId[],
  numbers: readonly UseCaseNumberQuestionId[],
): void {
  writer.varint(
    pack([
      ...choices.map((q) => choiceDigit(useCaseChoices[q], answers[q])),
      ...numbers.map((q) => ({ value: answers[q] === undefined ? 0 : 1, radix: 2 })),
    ]),
  );
  for (const q of numbers) {
    const value = answers[q];
    if (value !== undefined) writer.roundInteger(value);
  }
}

function readAnswers(
  reader: ByteReader,
  given: Record<string, string | number>,
  choices: readonly UseCaseChoiceQuestionId[],
  numbers: readonly UseCaseNumberQuestionId[],
): void {
  const digits = unpack(reader.varint(), [
    ...choices.map((q) => useCaseChoices[q].length + 1),
    ...numbers.map(() => 2),
  ]);
  choices.forEach((q, i) => {
    const choice = useCaseChoices[q][(digits[i] ?? 0) - 1];
    if (choice !== undefined) given[q] = choice;
  });
  numbers.forEach((q, i) => {
    if (digits[choices.length + i] === 1) given[q] = reader.roundInteger();
  });
}

/** The link format an assessment needs: 1, unless a use case has an answer format 1 cannot carry. */
export function bodyVersionFor(assessment: Assessment): 1 | 2 {
  const added: readonly string[] = [...linkV2ChoiceQuestionIds, ...linkV2NumberQuestionIds];
  return assessment.useCases.some((u) =>
    Object.entries(u.answers).some(([q, v]) => v !== undefined && added.includes(q)),
  )
    ? 2
    : 1;
}

/** The raw use case the body describes, still to be validated. */
interface RawUseCase {
  id: string;
  name: string;
  template?: string;
  answers: Record<string, string | number>;
}

function readUseCase(reader: ByteReader, index: number, version: 1 | 2): RawUseCase {
  const name = reader.string();

  const templateCode = reader.varint();
  let template: string | undefined;
  if (templateCode === TEMPLATE_LITERAL) template = reader.string();
  else if (templateCode >= TEMPLATE_KNOWN) {
    template = linkTemplateIds[templateCode - TEMPLATE_KNOWN];
    if (template === undefined)
      throw new MalformedBody("the link names a template this version does not know", true);
  }

  const idCode = reader.varint();
  let id: string;
  if (idCode === ID_POSITIONAL) id = positionalId(index);
  else if (idCode === ID_LITERAL) id = reader.string();
  else if (idCode === ID_TEMPLATE) {
    if (template === undefined)
      throw new MalformedBody("a use case's id refers to a missing template");
    id = template;
  } else {
    const slug = slugOfName(name);
    const length = idCode - ID_SLUG;
    if (length > slug.length)
      throw new MalformedBody("a use case's id is longer than its name allows");
    id = slug.slice(0, length);
  }

  const given: Record<string, string | number> = {};
  readAnswers(reader, given, linkV1ChoiceQuestionIds, linkV1NumberQuestionIds);
  if (version >= 2) readAnswers(reader, given, linkV2ChoiceQuestionIds, linkV2NumberQuestionIds);
  // In the format's order, the order a file lists them in.
  const answers: Record<string, string | number> = {};
  for (const q of useCaseQuestionIds) {
    const value = given[q];
    if (value !== undefined) answers[q] = value;
  }
  return { id, name, ...(template === undefined ? {} : { template }), answers };
}

/**
 * The assessment as the uncompressed body of a link of the given format (see `bodyVersionFor`).
 * `assessment` must be valid.
 */
export function writeBody(
  assessment: Assessment,
  version: 1 | 2 = bodyVersionFor(assessment),
): Uint8Array {
  const writer = new ByteWriter();
  writer.string(assessment.title);
  writer.byte(
    pack(
      organizationQuestionIds.map((q) =>
        choiceDigit(organizationChoices[q], assessment.organization[q]),
      ),
    ),
  );
  writer.varint(assessment.useCases.length);
  assessment.useCases.forEach((useCase, index) => writeUseCase(writer, useCase, index, version));
  writeKeyedNumbers(writer, criterionIds, assessment.weights);
  writeKeyedNumbers(writer, assumptionIds, assessment.assumptions);
  return writer.finish();
}

/**
 * The plain assessment object a body of the given format describes, for `parseAssessment` to
 * validate. Throws `MalformedBody` when the bytes do not follow the format.
 */
export function readBody(bytes: Uint8Array, version: 1 | 2): Record<string, unknown> {
  const reader = new ByteReader(bytes);
  const title = reader.string();
  const organizationDigits = unpack(
    reader.byte(),
    organizationQuestionIds.map((q) => organizationChoices[q].length + 1),
  );
  const organization: Record<string, string> = {};
  organizationQuestionIds.forEach((q, i) => {
    const choice = organizationChoices[q][(organizationDigits[i] ?? 0) - 1];
    if (choice !== undefined) organization[q] = choice;
  });
  const count = reader.count();
  const useCases: RawUseCase[] = [];
  for (let index = 0; index < count; index++) useCases.push(readUseCase(reader, index, version));
  const weights = readKeyedNumbers(reader, criterionIds);
  const assumptions = readKeyedNumbers(reader, assumptionIds);
  reader.done();
  return {
    schema: ASSESSMENT_SCHEMA_V1,
    title,
    organization,
    useCases,
    ...(weights === undefined ? {} : { weights }),
    ...(assumptions === undefined ? {} : { assumptions }),
  };
}
