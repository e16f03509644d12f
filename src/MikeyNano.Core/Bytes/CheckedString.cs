using MikeyNano.Errors;

namespace MikeyNano.Bytes
{
    /// <summary>
    /// The one place where the device library makes a string out of characters. nanoFramework stores a string
    /// NUL-terminated, so a U+0000 inside it silently ends it ("a\u0000b" has length 1 there): a string built from data
    /// that holds a zero would lose everything after it without a sign. This refuses the zero instead. The subset gate
    /// (docs/subset-gate.md, "No NUL can be lost") lets no other device method call the string constructors that take
    /// characters.
    /// </summary>
    internal static class CheckedString
    {
        /// <summary>The string of <paramref name="count"/> characters of <paramref name="chars"/> from
        /// <paramref name="offset"/>; <see cref="InvalidEncodingException"/> if one of them is U+0000.</summary>
        public static string FromChars(char[] chars, int offset, int count)
        {
            if (chars == null || offset < 0 || count < 0 || offset > chars.Length - count)
                throw new InvalidEncodingException("string: character range is outside the buffer");
            for (int i = 0; i < count; i++)
                if (chars[offset + i] == 0)
                    throw new InvalidEncodingException("string: character " + i + " is U+0000, which a nanoFramework string cannot hold");
            return new string(chars, offset, count);
        }
    }
}
