namespace MikeyNano.Radio
{
    /// <summary>The push-to-talk key: a GPIO on a board, a file, a signal or a test's flag on the host.</summary>
    public interface IPushToTalk
    {
        /// <summary>True while the key is held down.</summary>
        bool IsPressed { get; }
    }
}
