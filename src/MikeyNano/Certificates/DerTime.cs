namespace MikeyNano.Certificates
{
    /// <summary>X.509 Validity times (RFC 5280 section 4.1.2.5) as NTP seconds (since 1900-01-01 00:00 UTC, the
    /// clock the MIKEY modes keep): UTCTime YYMMDDHHMMSSZ (YY &lt; 50 is 20YY, else 19YY) and GeneralizedTime
    /// YYYYMMDDHHMMSSZ, both in UTC with seconds and without fractions, as RFC 5280 requires.</summary>
    internal static class DerTime
    {
        public static long ToNtpSeconds(int tag, byte[] text)
        {
            int n = tag == DerReader.UtcTime ? 13 : 15;
            if (tag != DerReader.UtcTime && tag != DerReader.GeneralizedTime) throw DerReader.Malformed("validity: not a UTCTime or GeneralizedTime");
            if (text.Length != n || text[n - 1] != (byte)'Z') throw DerReader.Malformed("validity: time is not " + (n - 1) + " digits and Z");
            int at = 0;
            int year;
            if (tag == DerReader.UtcTime)
            {
                year = Digits(text, 0, 2);
                year += year < 50 ? 2000 : 1900;
                at = 2;
            }
            else
            {
                year = Digits(text, 0, 4);
                at = 4;
            }
            int month = Digits(text, at, 2), day = Digits(text, at + 2, 2);
            int hour = Digits(text, at + 4, 2), minute = Digits(text, at + 6, 2), second = Digits(text, at + 8, 2);
            if (year < 1900 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
                throw DerReader.Malformed("validity: not a calendar time");
            return DaysSince1900(year, month, day) * 86400L + hour * 3600L + minute * 60L + second;
        }

        private static int Digits(byte[] t, int at, int count)
        {
            int v = 0;
            for (int i = 0; i < count; i++)
            {
                int d = t[at + i] - '0';
                if (d < 0 || d > 9) throw DerReader.Malformed("validity: a non-digit in a time");
                v = v * 10 + d;
            }
            return v;
        }

        private static bool IsLeap(int y)
        {
            return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        }

        private static int DaysInMonth(int y, int m)
        {
            if (m == 2) return IsLeap(y) ? 29 : 28;
            return (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31;
        }

        /// <summary>Days from 1900-01-01 to the date (proleptic Gregorian; years 1900..9999).</summary>
        private static long DaysSince1900(int y, int m, int d)
        {
            long days = 0;
            int yearsBefore = y - 1900;
            days += 365L * yearsBefore;
            // leap years in [1900, y): counted from year 0 and differenced
            days += LeapsBefore(y) - LeapsBefore(1900);
            for (int i = 1; i < m; i++) days += DaysInMonth(y, i);
            return days + d - 1;
        }

        /// <summary>Leap years in [1, y).</summary>
        private static long LeapsBefore(int y)
        {
            int p = y - 1;
            return p / 4 - p / 100 + p / 400;
        }
    }
}
