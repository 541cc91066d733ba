using System.Security.Cryptography;
using System.Text;

namespace NoteMiner.Samples.Tests.Generation;

/// <summary>
/// PdfPig writes a random file identifier (<c>/ID [&lt;…&gt;&lt;…&gt;]</c> in the trailer); replacing its hex
/// digits with a hash of the rest of the file, at the same length so no offset moves, makes a regenerated
/// sample byte-identical.
/// </summary>
internal static class PdfIdentity
{
    public static byte[] MakeDeterministic(byte[] pdf)
    {
        var start = Encoding.Latin1.GetString(pdf).LastIndexOf("/ID [", StringComparison.Ordinal);
        if (start < 0)
        {
            return pdf;
        }

        var digits = new List<int>();
        var inside = false;
        for (var i = start; i < pdf.Length && pdf[i] != (byte)']'; i++)
        {
            inside = pdf[i] == (byte)'<' || (inside && pdf[i] != (byte)'>');
            if (inside && pdf[i] != (byte)'<')
            {
                digits.Add(i);
            }
        }

        var output = (byte[])pdf.Clone();
        digits.ForEach(i => output[i] = (byte)'0');
        var hash = Convert.ToHexString(SHA256.HashData(output));
        for (var d = 0; d < digits.Count; d++)
        {
            output[digits[d]] = (byte)hash[d % hash.Length];
        }

        return output;
    }
}
