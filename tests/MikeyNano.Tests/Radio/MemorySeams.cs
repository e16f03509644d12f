using MikeyNano.Radio;

namespace MikeyNano.Tests.Radio
{
    /// <summary>The console and the LED of a test radio: every line and every state shown, in order.</summary>
    public sealed class RecordingConsole : IConsole, IStatusIndicator
    {
        private string[] _lines = new string[256];
        private int[] _states = new int[256];
        public int LineCount { get; private set; }
        public int StateCount { get; private set; }

        public void WriteLine(string line)
        {
            if (LineCount == _lines.Length) _lines = Grow(_lines);
            _lines[LineCount++] = line;
        }

        public void Show(int radioState)
        {
            if (StateCount == _states.Length)
            {
                int[] g = new int[_states.Length * 2];
                System.Array.Copy(_states, g, _states.Length);
                _states = g;
            }
            _states[StateCount++] = radioState;
        }

        public int State(int i) { return _states[i]; }
        public int LastState { get { return _states[StateCount - 1]; } }

        /// <summary>How many lines contain <paramref name="fragment"/>.</summary>
        public int CountLines(string fragment)
        {
            int n = 0;
            for (int i = 0; i < LineCount; i++) if (_lines[i].IndexOf(fragment) >= 0) n++;
            return n;
        }

        private static string[] Grow(string[] a)
        {
            string[] g = new string[a.Length * 2];
            System.Array.Copy(a, g, a.Length);
            return g;
        }
    }

    public sealed class FlagPushToTalk : IPushToTalk
    {
        public bool IsPressed { get; set; }
    }

    /// <summary>The microphone of a test radio: frame i is 160 octets of i + k (mod 256), so the sink can tell every
    /// frame apart and check it.</summary>
    public sealed class CountingSource : IAudioSource
    {
        public const int FrameLength = 160;
        public int Frames { get; private set; }
        /// <summary>After this many frames the source has no more (-1: never ends).</summary>
        public int Limit { get; set; }

        public CountingSource() { Limit = -1; }

        public static byte[] Frame(int i)
        {
            byte[] f = new byte[FrameLength];
            for (int k = 0; k < f.Length; k++) f[k] = (byte)(i + k);
            return f;
        }

        public int ReadFrame(byte[] frame)
        {
            if (Limit >= 0 && Frames >= Limit) return 0;
            byte[] f = Frame(Frames++);
            System.Array.Copy(f, frame, f.Length);
            return f.Length;
        }
    }

    /// <summary>The speaker of a test radio: counts the frames played and whether each is the CountingSource frame
    /// that should come next.</summary>
    public sealed class CheckingSink : IAudioSink
    {
        public int Played { get; private set; }
        public int Matched { get; private set; }

        public void WriteFrame(byte[] frame, int offset, int count)
        {
            byte[] expected = CountingSource.Frame(Played++);
            if (count != expected.Length) return;
            for (int i = 0; i < count; i++) if (frame[offset + i] != expected[i]) return;
            Matched++;
        }
    }

    /// <summary>A self-test with a fixed outcome, for the tests about what the radio does with it (the real one,
    /// PowerOnRadioSelfTest, is tested on its own).</summary>
    public sealed class FixedSelfTest : IRadioSelfTest
    {
        private readonly int _failures;
        public FixedSelfTest(int failures) { _failures = failures; }
        public int Runs { get; private set; }
        public int Run(IConsole console)
        {
            Runs++;
            console.WriteLine("self-test (fixed): " + _failures + " failed");
            return _failures;
        }
    }
}
