namespace MikeyNano.Radio
{
    /// <summary>Audio to send: the microphone's codec over I2S on a board, a tone or a file on the host.</summary>
    public interface IAudioSource
    {
        /// <summary>Fills frame with the next frame of encoded audio (one RTP payload) and returns its length, waiting
        /// for it when it is not ready; 0 when there is no more.</summary>
        int ReadFrame(byte[] frame);
    }
}
