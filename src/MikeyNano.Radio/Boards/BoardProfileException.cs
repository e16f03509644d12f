using MikeyNano.Errors;

namespace MikeyNano.Radio.Boards
{
    /// <summary>A board profile refused, with the reason in <see cref="Reason"/>; the message names the field and,
    /// for a syntax error, the octet offset.</summary>
    public class BoardProfileException : MikeyNanoException
    {
        public BoardProfileException(BoardProfileError reason, string message) : base("board profile: " + message)
        {
            Reason = reason;
        }

        public BoardProfileError Reason { get; private set; }
    }
}
