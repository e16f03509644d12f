#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace MikeyNano.HostTests.Gate;

public static partial class SubsetGate
{
    /// <summary>The rule of docs/subset-gate.md "No NUL can be lost": a nanoFramework string cannot hold U+0000 (it
    /// ends the string: "a\0b" has length 1 in nanoCLR), so text that may hold one must stay octets.</summary>
    public const string NulRule = "NUL can be lost";

    /// <summary>The only device methods allowed to make a string out of characters: they refuse U+0000
    /// (MikeyNano.Core, Bytes/CheckedString.cs). Everything else goes through them (Utf8.Decode, Hex, Base64 do).</summary>
    public static readonly IReadOnlySet<string> CheckedStringMakers = new HashSet<string>(StringComparer.Ordinal)
    {
        "MikeyNano.Bytes.CheckedString::FromChars(char[], int, int)",
    };

    /// <summary>
    /// Three checks, each exact on the IL:
    /// (1) a string made from characters outside <see cref="CheckedStringMakers"/>: the String constructors that take
    ///     char or char[], Char.ToString (called, or through a constrained call), boxing a char (String.Concat(object)
    ///     and String.Format turn it into a string), StringBuilder members taking chars, Encoding/Decoder GetString and
    ///     GetChars, and the Span-based String.Concat the host compiler emits for string + char;
    /// (2) a string literal or string constant (ldstr, const field, default parameter value) that holds U+0000;
    /// (3) a search of a string for the constant U+0000 (IndexOf, LastIndexOf, Contains with the char argument
    ///     ldc.i4.0 right before the call): on the device it never finds one, so such a check never fires.
    /// </summary>
    static class NulGuard
    {
        internal static void Literal(Walker w, string s)
        {
            if (s.Contains('\0'))
                w.Problem(NulRule, $"string literal \"{Shown(s)}\" holds U+0000, which ends a nanoFramework string (keep such data as octets)");
        }

        /// <summary>String constants in metadata: const fields, default parameter values (their uses are ldstr too).</summary>
        internal static void Constants(Walker w)
        {
            var md = w.Md;
            for (int i = 1; i <= md.GetTableRowCount(TableIndex.Constant); i++)
            {
                var c = md.GetConstant(MetadataTokens.ConstantHandle(i));
                if (c.TypeCode != ConstantTypeCode.String || c.Value.IsNil) continue;
                var blob = md.GetBlobReader(c.Value);
                string s = blob.ReadUTF16(blob.Length);
                if (s.Contains('\0'))
                    w.Problem(NulRule, $"string constant \"{Shown(s)}\" holds U+0000, which ends a nanoFramework string (keep such data as octets)",
                              w.OwnerName(c.Parent));
            }
        }

        internal static void Instruction(Walker w, string op, EntityHandle operand, string previous, EntityHandle previousOperand)
        {
            bool exempt = CheckedStringMakers.Contains(w.CurrentWhere);
            if (op is "box" or "constrained." && TypeName(w, operand) == "System.Char")
            {
                // constrained. is judged with the call it prefixes (Char.ToString through a virtual call).
                if (op == "box" && !exempt)
                    w.Problem(NulRule, "box System.Char: a char used as an object (String.Concat(object), String.Format) becomes a string "
                                       + "without the U+0000 check" + UseInstead);
                return;
            }
            if (op is not ("call" or "callvirt" or "newobj") || operand.Kind != HandleKind.MemberReference) return;
            string key = w.MemberKey((MemberReferenceHandle)operand);
            if (!exempt && MakesStringFromChars(key))
                w.Problem(NulRule, key + " makes a string from characters outside " + string.Join(", ", CheckedStringMakers) + UseInstead);
            if (!exempt && key == "System.Object::ToString() : string" && previous == "constrained." && TypeName(w, previousOperand) == "System.Char")
                w.Problem(NulRule, "System.Char::ToString() (constrained call) makes a string from a character outside "
                                   + string.Join(", ", CheckedStringMakers) + UseInstead);
            if (previous == "ldc.i4.0" && SearchesForChar(key))
                w.Problem(NulRule, key + " searches for U+0000, which a nanoFramework string never holds: the check never fires there (check the octets)");
        }

        const string UseInstead = " (a U+0000 would silently end it on nanoFramework; use CheckedString.FromChars or Utf8.Decode, which refuse it)";

        static bool MakesStringFromChars(string key)
        {
            string type = key.Split("::")[0];
            string member = key[(type.Length + 2)..];
            string parameters = member.Contains('(') ? member[member.IndexOf('(')..member.IndexOf(')')] : "";
            bool charParameter = parameters.Split(new[] { '(', ',', ' ', '<', '>' }, StringSplitOptions.RemoveEmptyEntries)
                                           .Any(p => p is "char" or "char[]" or "char*");
            return type switch
            {
                "System.String" => member.StartsWith(".ctor(", StringComparison.Ordinal) && charParameter
                                   || member.StartsWith("Concat(", StringComparison.Ordinal) && charParameter,
                "System.Char" => member.StartsWith("ToString(", StringComparison.Ordinal),
                "System.Text.StringBuilder" => charParameter,
                "System.Text.Encoding" or "System.Text.UTF8Encoding" or "System.Text.ASCIIEncoding" =>
                    member.StartsWith("GetString(", StringComparison.Ordinal) || member.StartsWith("GetChars(", StringComparison.Ordinal),
                "System.Text.Decoder" => true,
                _ => false,
            };
        }

        static readonly HashSet<string> CharSearches = new(StringComparer.Ordinal)
        {
            "System.String::IndexOf(char) : int",
            "System.String::LastIndexOf(char) : int",
            "System.String::Contains(char) : bool",
        };

        static bool SearchesForChar(string key) => CharSearches.Contains(key);

        static string TypeName(Walker w, EntityHandle h) =>
            h.Kind is HandleKind.TypeReference or HandleKind.TypeDefinition ? w.TypeFullName(h) : "";

        static string Shown(string s)
        {
            string t = s.Replace("\\", "\\\\").Replace("\0", "\\0");
            return t.Length > 40 ? t[..40] + "..." : t;
        }
    }
}
