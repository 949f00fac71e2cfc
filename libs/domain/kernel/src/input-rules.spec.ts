import { DomainError } from './domain-error';
import { optionalText, requireText } from './input-rules';

const refusal = (value: unknown, field = 'name') => {
  try {
    requireText(field, value, 200);
  } catch (error) {
    return error as DomainError;
  }
  throw new Error(`${JSON.stringify(value)} was accepted`);
};

describe('text the domain stores', () => {
  it('is stored composed (NFC) and trimmed, so one word has one spelling', () => {
    expect(requireText('name', ' Cafe\u0301 园区 ', 200)).toBe('Café 园区');
    expect(requireText('name', 'Cafe\u0301', 200)).toBe(requireText('name', 'Café', 200));
    // the length counts what is stored
    expect(requireText('name', 'e\u0301'.repeat(3), 3)).toBe('ééé');
  });

  it('keeps line breaks, Chinese, and characters outside the basic plane', () => {
    expect(requireText('description', '第一行\n第二行 🏗️', 200)).toBe('第一行\n第二行 🏗️');
  });

  it.each([
    ['a bidi override', '项目\u202Egpj.exe', 'U+202E'],
    ['a zero-width space', '铜梁\u200B区', 'U+200B'],
    ['a zero-width joiner', 'a\u200Db', 'U+200D'],
    ['a byte-order mark', '\uFEFF项目', 'U+FEFF'],
    ['a NUL', 'abc\u0000', 'U+0000'],
    ['a carriage return', 'a\r\nb', 'U+000D'],
    ['a tab', 'a\tb', 'U+0009'],
    ['a lone high surrogate', 'ab\uD800', 'U+D800'],
    ['a lone low surrogate', '\uDC00ab', 'U+DC00'],
  ])('refuses %s with BAD_USER_INPUT naming the field and the character', (_what, value, code) => {
    const error = refusal(value, 'note');
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    expect(error.message).toBe(`note must not contain control or invisible characters (found ${code})`);
  });

  it('applies the same rules to optional text', () => {
    expect(optionalText('note', '  ', 10)).toBeUndefined();
    expect(() => optionalText('note', 'x\u202E', 10)).toThrow(/note must not contain/);
  });
});
