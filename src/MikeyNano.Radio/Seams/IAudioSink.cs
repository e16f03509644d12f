namespace MikeyNano.Radio
{
    /// <summary>Audio received: the speaker's codec over I2S on a board, a checker or a file on the host.</summary>
    public interface IAudioSink
    {
        /// <summary>Plays count octets of one decrypted RTP payload.</summary>
        void WriteFrame(byte[] frame, int offset, int count);
    }
}
