using MikeyNano.Bytes;

namespace MikeyNano.Radio.Boards
{
    /// <summary>
    /// Reads the JSON subset a board profile may use (RFC 8259, narrowed by boards/board-profile.schema.json): objects,
    /// lists of strings, strings of printable ASCII with the escapes \" \\ \/, non-negative integers without sign,
    /// fraction, exponent or leading zero, true and false. No null, no other escapes, nothing outside ASCII.
    /// The reader never recurses: the profile reader asks for the one type each field allows, so a nested list or
    /// object where a number belongs is a WrongType error at its first octet, however deep it goes.
    /// </summary>
    internal sealed class ProfileJsonCursor
    {
        /// <summary>Longest string value or key, in characters.</summary>
        internal const int MaxStringLength = 200;
        /// <summary>Most digits of an integer (2,000,000 fits; no value the schema allows needs more).</summary>
        internal const int MaxDigits = 7;

        private readonly byte[] _text;
        private int _at;

        internal ProfileJsonCursor(byte[] text)
        {
            _text = text;
        }

        /// <summary>Octet offset of the next unread octet.</summary>
        internal int Position { get { return _at; } }

        internal BoardProfileException Error(BoardProfileError reason, string message)
        {
            return new BoardProfileException(reason, message + " (at octet " + _at + ")");
        }

        private void SkipWhitespace()
        {
            while (_at < _text.Length)
            {
                byte b = _text[_at];
                if (b != 0x20 && b != 0x09 && b != 0x0A && b != 0x0D) return;
                _at++;
            }
        }

        /// <summary>The next non-whitespace octet, not consumed; 0 at the end.</summary>
        internal byte Peek()
        {
            SkipWhitespace();
            return _at < _text.Length ? _text[_at] : (byte)0;
        }

        /// <summary>Consumes the one-character token (":" here), or throws a syntax error.</summary>
        internal void Expect(string token, string where)
        {
            if (Peek() != (byte)token[0]) throw Error(BoardProfileError.Syntax, where + ": expected '" + token + "', found " + Describe());
            _at++;
        }

        /// <summary>What is at the cursor, for a message: a quoted character or "the end".</summary>
        internal string Describe()
        {
            SkipWhitespace();
            return DescribeHere();
        }

        /// <summary>The octet at the cursor, whitespace included, for a message.</summary>
        private string DescribeHere()
        {
            if (_at >= _text.Length) return "the end";
            byte b = _text[_at];
            byte[] one = new byte[] { b };
            return b >= 0x20 && b < 0x7F ? "'" + Utf8.Decode(one) + "'" : "octet 0x" + Hex.Encode(one);
        }

        /// <summary>The JSON type starting at the cursor, for a WrongType message.</summary>
        internal string TypeAhead()
        {
            byte b = Peek();
            if (b == (byte)'{') return "an object";
            if (b == (byte)'[') return "a list";
            if (b == (byte)'"') return "a string";
            if (b == (byte)'t' || b == (byte)'f') return "a boolean";
            if (b == (byte)'n') return "null";
            if (b == (byte)'-' || (b >= (byte)'0' && b <= (byte)'9')) return "a number";
            return Describe();
        }

        /// <summary>A value of another type than the field's: WrongType, or Syntax when the text ends instead.</summary>
        private BoardProfileException WrongType(string field, string expected)
        {
            BoardProfileError reason = Peek() == 0 && _at >= _text.Length ? BoardProfileError.Syntax : BoardProfileError.WrongType;
            return Error(reason, field + ": expected " + expected + ", found " + TypeAhead());
        }

        /// <summary>Opens an object; then call <see cref="NextKey"/> until it returns null.</summary>
        internal void BeginObject(string where)
        {
            if (Peek() != (byte)'{') throw WrongType(where, "an object");
            _at++;
            _first = true;
        }

        private bool _first;

        /// <summary>The next member's key (its colon consumed), or null at the object's closing brace.</summary>
        internal string NextKey(string where)
        {
            byte b = Peek();
            if (b == (byte)'}')
            {
                _at++;
                _first = false;
                return null;
            }
            if (!_first)
            {
                if (b != (byte)',') throw Error(BoardProfileError.Syntax, where + ": expected ',' or '}', found " + Describe());
                _at++;
                if (Peek() != (byte)'"') throw Error(BoardProfileError.Syntax, where + ": expected a key after ',', found " + Describe());
            }
            _first = false;
            if (Peek() != (byte)'"') throw Error(BoardProfileError.Syntax, where + ": expected a key or '}', found " + Describe());
            string key = ReadStringToken(where);
            Expect(":", where + "." + key);
            return key;
        }

        internal string ReadString(string field)
        {
            if (Peek() != (byte)'"') throw WrongType(field, "a string");
            return ReadStringToken(field);
        }

        private string ReadStringToken(string field)
        {
            _at++;   // the opening quote
            byte[] chars = new byte[MaxStringLength];
            int n = 0;
            while (true)
            {
                if (_at >= _text.Length) throw Error(BoardProfileError.Syntax, field + ": the string does not end");
                byte b = _text[_at++];
                if (b == (byte)'"') break;
                if (b == (byte)'\\')
                {
                    if (_at >= _text.Length) throw Error(BoardProfileError.Syntax, field + ": the string does not end");
                    b = _text[_at++];
                    if (b != (byte)'"' && b != (byte)'\\' && b != (byte)'/')
                        throw Error(BoardProfileError.Syntax, field + ": only the escapes \\\" \\\\ \\/ are allowed");
                }
                else if (b < 0x20 || b > 0x7E)
                {
                    _at--;
                    throw Error(BoardProfileError.Syntax, field + ": a string holds printable ASCII only, found " + DescribeHere());
                }
                if (n == MaxStringLength) throw Error(BoardProfileError.TooLarge, field + ": the string is longer than " + MaxStringLength + " characters");
                chars[n++] = b;
            }
            // Printable ASCII only (checked above), so the UTF-8 decoder cannot refuse it.
            return Utf8.Decode(chars, 0, n);
        }

        internal int ReadInteger(string field)
        {
            byte b = Peek();
            if (b == (byte)'-') throw Error(BoardProfileError.Syntax, field + ": a negative number is not allowed");
            if (b < (byte)'0' || b > (byte)'9') throw WrongType(field, "a number");
            int start = _at;
            int value = 0;
            while (_at < _text.Length && _text[_at] >= (byte)'0' && _text[_at] <= (byte)'9')
            {
                if (_at - start == MaxDigits) throw Error(BoardProfileError.OutOfRange, field + ": more than " + MaxDigits + " digits");
                value = value * 10 + (_text[_at] - (byte)'0');
                _at++;
            }
            if (_at - start > 1 && _text[start] == (byte)'0')
            {
                _at = start;
                throw Error(BoardProfileError.Syntax, field + ": a number with a leading zero");
            }
            if (_at < _text.Length && (_text[_at] == (byte)'.' || _text[_at] == (byte)'e' || _text[_at] == (byte)'E'))
                throw Error(BoardProfileError.Syntax, field + ": a whole number is expected (no fraction or exponent)");
            return value;
        }

        internal bool ReadBoolean(string field)
        {
            byte b = Peek();
            if (b == (byte)'t' && Matches("true")) return true;
            if (b == (byte)'f' && Matches("false")) return false;
            if (b == (byte)'t' || b == (byte)'f' || b == (byte)'n') throw Error(BoardProfileError.Syntax, field + ": not a JSON literal");
            throw WrongType(field, "true or false");
        }

        private bool Matches(string literal)
        {
            if (_at + literal.Length > _text.Length) return false;
            for (int i = 0; i < literal.Length; i++)
                if (_text[_at + i] != (byte)literal[i]) return false;
            int after = _at + literal.Length;
            if (after < _text.Length && _text[after] >= (byte)'a' && _text[after] <= (byte)'z') return false;
            _at = after;
            return true;
        }

        /// <summary>Opens a list of strings; returns false when it is empty (and consumed).</summary>
        internal bool BeginList(string field)
        {
            if (Peek() != (byte)'[') throw WrongType(field, "a list");
            _at++;
            if (Peek() != (byte)']') return true;
            _at++;
            return false;
        }

        /// <summary>After a list element: true when another follows (its comma consumed), false at the closing bracket.</summary>
        internal bool NextListElement(string field)
        {
            byte b = Peek();
            if (b == (byte)']')
            {
                _at++;
                return false;
            }
            if (b != (byte)',') throw Error(BoardProfileError.Syntax, field + ": expected ',' or ']', found " + Describe());
            _at++;
            if (Peek() == (byte)']') throw Error(BoardProfileError.Syntax, field + ": a ',' before ']'");
            return true;
        }

        /// <summary>Only whitespace may follow the profile.</summary>
        internal void ExpectEnd()
        {
            SkipWhitespace();
            if (_at != _text.Length) throw Error(BoardProfileError.TrailingData, "only whitespace may follow the profile's closing brace, found " + Describe());
        }
    }
}
