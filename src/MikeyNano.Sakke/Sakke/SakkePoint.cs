using MikeyNano.Arithmetic;

namespace MikeyNano.Sakke
{
    /// <summary>An affine point (x, y) of the SAKKE curve, coordinates in the field's internal form. The point at
    /// infinity is never represented affinely.</summary>
    internal sealed class SakkePoint
    {
        public readonly uint[] X;
        public readonly uint[] Y;

        public SakkePoint(IPrimeField field)
        {
            X = field.Create();
            Y = field.Create();
        }

        public void Wipe()
        {
            System.Array.Clear(X, 0, X.Length);
            System.Array.Clear(Y, 0, Y.Length);
        }
    }

    /// <summary>A point in Jacobian coordinates: (X, Y, Z) stands for (X/Z^2, Y/Z^3); Z = 0 is the point at infinity.</summary>
    internal sealed class SakkeJacobianPoint
    {
        public readonly uint[] X;
        public readonly uint[] Y;
        public readonly uint[] Z;

        public SakkeJacobianPoint(IPrimeField field)
        {
            X = field.Create();
            Y = field.Create();
            Z = field.Create();
        }

        public void Wipe()
        {
            System.Array.Clear(X, 0, X.Length);
            System.Array.Clear(Y, 0, Y.Length);
            System.Array.Clear(Z, 0, Z.Length);
        }
    }
}
