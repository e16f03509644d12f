using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using MikeyNano.Bytes;
using MikeyNano.Errors;
using MikeyNano.Mikey;
using MikeyNano.Mikey.Payloads;
using MikeyNano.Mikey.Transport;

namespace MikeyNano.Cli
{
    /// <summary>`mikeynano mikey ...`: MIKEY message tools. `inspect` prints the payload tree of a message.</summary>
    public static class MikeyCommands
    {
        public static Command Create()
        {
            var mikey = new Command("mikey", "MIKEY message tools");
            var input = new Argument<string>("input")
            {
                Description = "The message: hex, base64, an SDP 'a=key-mgmt:mikey ...' line, 'mikey <base64>', or a file "
                              + "holding any of these (an SDP description too) or the raw binary message"
            };
            var inspect = new Command("inspect", "Print the payload tree of a MIKEY message; exit 1 if it does not parse");
            inspect.Arguments.Add(input);
            inspect.SetAction(parseResult => Inspect(parseResult.GetValue(input), Console.Out, Console.Error));
            mikey.Subcommands.Add(inspect);
            return mikey;
        }

        public static int Inspect(string input, TextWriter output, TextWriter error)
        {
            byte[] message;
            try
            {
                message = ReadMessage(input);
            }
            catch (Exception e) when (e is MikeyNanoException || e is IOException)
            {
                error.WriteLine("cannot read a MIKEY message: " + e.Message);
                return 1;
            }
            try
            {
                output.Write(MikeyTreeFormatter.Format(MikeyMessage.Parse(message)));
                return 0;
            }
            catch (MikeyException e)
            {
                error.WriteLine($"not a valid MIKEY message (error {(int)e.ErrorCode} {e.ErrorCode}): {e.Message}");
                return 1;
            }
        }

        /// <summary>Message bytes from the argument: a file (binary or text) or the text itself.</summary>
        public static byte[] ReadMessage(string input)
        {
            if (input == null) throw new InvalidEncodingException("no input");
            if (File.Exists(input))
            {
                byte[] content = File.ReadAllBytes(input);
                if (content.Length > 0 && content[0] == 0x01) return content; // binary: starts with the HDR version octet
                return FromText(Encoding.UTF8.GetString(content));
            }
            return FromText(input);
        }

        private static byte[] FromText(string text)
        {
            string t = text.Trim();
            if (t.Contains("key-mgmt:"))
            {
                byte[] found = SdpKeyMgmt.FindInSdp(t.Replace("\r", ""));
                if (found != null) return found;
                return SdpKeyMgmt.DecodeAttribute(t);
            }
            if (t.StartsWith("mikey ", StringComparison.Ordinal)) return SdpKeyMgmt.DecodeAttribute(t);
            if (t.All(c => Uri.IsHexDigit(c) || char.IsWhiteSpace(c) || c == ':')) return Hex.Decode(t);
            return Base64.Decode(t);
        }
    }
}
