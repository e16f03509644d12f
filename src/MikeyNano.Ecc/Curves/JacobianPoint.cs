namespace MikeyNano.Curves
{
    /// <summary>A P-256 point in Jacobian coordinates (x = X/Z^2, y = Y/Z^3), each coordinate 8 limbs in
    /// <see cref="MikeyNano.Arithmetic.P256Field"/> form; Z = 0 is the point at infinity. Working storage for
    /// <see cref="P256"/>; callers normally use the affine <see cref="P256Point"/>.</summary>
    internal sealed class JacobianPoint
    {
        public readonly uint[] X = new uint[8];
        public readonly uint[] Y = new uint[8];
        public readonly uint[] Z = new uint[8];
    }
}
