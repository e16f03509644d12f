// A compile-time reference shim of nanoFramework.TestFramework 3.0.77 (managed part), written from its public API as
// ../shared/nanoframework-api/nanoFramework.TestFramework.txt lists it: every type and every overload, so a call that
// is ambiguous against the real package (Assert.AreEqual(0x80, someByte): byte, int, ... all apply) is ambiguous here
// too. Nothing runs it: tests/MikeyNano.HostTests (Build/DeviceCompileTests) compiles it against the real mscorlib
// into an assembly named nanoFramework.TestFramework and compiles tests/NFUnitTest against it; on the device the real
// package replaces it. Build/TestFrameworkShimTests checks (CI) that it declares exactly the listed members.
// Bodies throw: this is a reference, not an implementation.
using System;
using System.Collections;
using System.Reflection;

// The package's major.minor (3.0): nanoCLR binds an assembly reference by name, major and minor version, so an
// NFUnitTest compiled against this shim loads with the real nanoFramework.TestFramework 3.0.x.
[assembly: AssemblyVersion("3.0.0.0")]

namespace TestFrameworkShared
{
    public class AssertFailedException : Exception
    {
        public AssertFailedException() { }
        public AssertFailedException(string message) : base(message) { }
        public AssertFailedException(string message, Exception inner) : base(message, inner) { }
    }
}

namespace nanoFramework.TestFramework
{
    internal static class ShimOnly
    {
        /// <summary>What every member of the shim throws if anything ever runs it.</summary>
        internal static Exception NotRun() =>
            new NotSupportedException("nanoFramework.TestFramework reference shim: compile against it, run the real package");
    }

    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
        public virtual TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute) => throw ShimOnly.NotRun();
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        public DataRowAttribute(params object[] methodParameters) { }
        public object[] MethodParameters => throw ShimOnly.NotRun();
    }

    public class SkipTestException : Exception
    {
        public SkipTestException(string message = null, Exception innerException = null) { }
    }

    public static class Helper
    {
        public static object[] RemoveTestMethodIfDataRowExists(object[] attribs) => throw ShimOnly.NotRun();
    }

    public static class OutputHelper
    {
        public static void Write(string message) => throw ShimOnly.NotRun();
        public static void WriteLine(string message) => throw ShimOnly.NotRun();
    }

    public static class TestExtensions
    {
        public static bool SequenceEqual(this Array array1, Array array2) => throw ShimOnly.NotRun();
    }

    public sealed class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "") => throw ShimOnly.NotRun();
        public static void Empty(ICollection collection, string message = "") => throw ShimOnly.NotRun();
        public static void NotEmpty(ICollection collection, string message = "") => throw ShimOnly.NotRun();
    }

    public sealed class Assert
    {
        // One overload per primitive type, as the real package has (no generic AreEqual<T> on the device).
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(bool expected, bool actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(byte expected, byte actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(char expected, char actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(double expected, double actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(float expected, float actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(int expected, int actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(long expected, long actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(object expected, object actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(short expected, short actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(string expected, string actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(uint expected, uint actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(ulong expected, ulong actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreEqual(ushort expected, ushort actual, string message = "") => throw ShimOnly.NotRun();

        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(bool notExpected, bool actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(char notExpected, char actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(double notExpected, double actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(float notExpected, float actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(int notExpected, int actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(long notExpected, long actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(object notExpected, object actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(short notExpected, short actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(string notExpected, string actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") => throw ShimOnly.NotRun();

        public static void AreSame(object expected, object actual, string message = "") => throw ShimOnly.NotRun();
        public static void AreNotSame(object notExpected, object actual, string message = "") => throw ShimOnly.NotRun();
        public static void Contains(string expected, string actual, string message = "") => throw ShimOnly.NotRun();
        public static void DoesNotContains(string expected, string actual, string message = "") => throw ShimOnly.NotRun();
        public static void StartsWith(string expected, string actual, string message = "") => throw ShimOnly.NotRun();
        public static void EndsWith(string expected, string actual, string message = "") => throw ShimOnly.NotRun();
        public static void IsTrue(bool condition, string message = "") => throw ShimOnly.NotRun();
        public static void IsFalse(bool condition, string message = "") => throw ShimOnly.NotRun();
        public static void IsNull(object value, string message = "") => throw ShimOnly.NotRun();
        public static void IsNotNull(object value, string message = "") => throw ShimOnly.NotRun();
        public static void IsInstanceOfType(object value, Type expectedType, string message = "") => throw ShimOnly.NotRun();
        public static void IsNotInstanceOfType(object value, Type wrongType, string message = "") => throw ShimOnly.NotRun();
        public static void SkipTest(string message = null) => throw ShimOnly.NotRun();
        public static void ThrowsException(Type exceptionType, Action action, string message = "") => throw ShimOnly.NotRun();

        // The package's deprecated names, still public there (a call compiles with warning CS0618).
        private const string Deprecated = "Deprecated in nanoFramework.TestFramework; use the AreEqual / IsTrue / ... names.";
        [Obsolete(Deprecated)] public static void Empty(ICollection collection, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEmpty(ICollection collection, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(Array expected, Array actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(DateTime expected, DateTime actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(bool expected, bool actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(byte expected, byte actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(char expected, char actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(double expected, double actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(float expected, float actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(int expected, int actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(long expected, long actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(sbyte expected, sbyte actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(short expected, short actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(string expected, string actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(uint expected, uint actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(ulong expected, ulong actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Equal(ushort expected, ushort actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(Array expected, Array actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(DateTime expected, DateTime actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(bool expected, bool actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(byte expected, byte actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(char expected, char actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(double expected, double actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(float expected, float actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(int expected, int actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(long expected, long actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(sbyte expected, sbyte actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(short expected, short actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(string expected, string actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(uint expected, uint actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(ulong expected, ulong actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotEqual(ushort expected, ushort actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void True(bool condition, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void False(bool condition, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Null(object value, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotNull(object value, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Same(object expected, object actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void NotSame(object expected, object actual, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void IsType(Type type, object value, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void IsNotType(Type type, object value, string message = "") => throw ShimOnly.NotRun();
        [Obsolete(Deprecated)] public static void Throws(Type exceptionType, Action action, string message = "") => throw ShimOnly.NotRun();
    }
}
