using System.Security.Cryptography;
using System.Text;

namespace NoteMiner.Security.Tests.Corpus;

/// <summary>
/// The PDF standard security handler, revision 3 (RC4, 128-bit key; ISO 32000-1 §7.6.3, algorithms 1, 2, 3 and 5),
/// enough to write encrypted test files without a third-party tool.
/// </summary>
internal sealed class PdfEncryption
{
    private const int KeyLength = 16;

    /// <summary>Printing and copying denied; the bits the handler reserves set.</summary>
    private const int Permissions = -3904;

    private static readonly byte[] Padding =
    [
        0x28, 0xBF, 0x4E, 0x5E, 0x4E, 0x75, 0x8A, 0x41, 0x64, 0x00, 0x4E, 0x56, 0xFF, 0xFA, 0x01, 0x08,
        0x2E, 0x2E, 0x00, 0xB6, 0xD0, 0x68, 0x3E, 0x80, 0x2F, 0x0C, 0xA9, 0xFE, 0x64, 0x53, 0x69, 0x7A,
    ];

    private readonly byte[] _id = MD5.HashData("noteminer security corpus"u8);
    private readonly byte[] _owner;
    private readonly byte[] _user;
    private readonly byte[] _key;

    /// <summary>An owner password alone (the empty user password opens the file) or both.</summary>
    public PdfEncryption(string userPassword, string ownerPassword)
    {
        _owner = OwnerEntry(Pad(ownerPassword), Pad(userPassword));
        _key = FileKey(Pad(userPassword));
        _user = UserEntry();
    }

    public string IdHex => Convert.ToHexString(_id);

    /// <summary>The <c>/Encrypt</c> dictionary.</summary>
    public string Dictionary() =>
        $"<< /Filter /Standard /V 2 /R 3 /Length 128 /P {Permissions} /O <{Convert.ToHexString(_owner)}> /U <{Convert.ToHexString(_user)}> >>";

    /// <summary>Algorithm 1: a string or stream of object <paramref name="number"/> (generation 0).</summary>
    public byte[] EncryptObjectData(int number, byte[] data)
    {
        byte[] salt = [.. _key, (byte)number, (byte)(number >> 8), (byte)(number >> 16), 0, 0];
        return Rc4(MD5.HashData(salt)[..Math.Min(KeyLength + 5, 16)], data);
    }

    private static byte[] Pad(string password)
    {
        var bytes = Encoding.Latin1.GetBytes(password);
        return [.. bytes.Take(32), .. Padding.Take(32 - Math.Min(32, bytes.Length))];
    }

    /// <summary>Algorithm 3.</summary>
    private static byte[] OwnerEntry(byte[] paddedOwner, byte[] paddedUser)
    {
        var hash = MD5.HashData(paddedOwner);
        for (var i = 0; i < 50; i++)
        {
            hash = MD5.HashData(hash);
        }

        return Rounds(hash[..KeyLength], paddedUser);
    }

    /// <summary>Algorithm 2.</summary>
    private byte[] FileKey(byte[] paddedUser)
    {
        byte[] input = [.. paddedUser, .. _owner, .. BitConverter.GetBytes(Permissions), .. _id];
        var hash = MD5.HashData(input);
        for (var i = 0; i < 50; i++)
        {
            hash = MD5.HashData(hash[..KeyLength]);
        }

        return hash[..KeyLength];
    }

    /// <summary>Algorithm 5.</summary>
    private byte[] UserEntry()
    {
        var hash = MD5.HashData([.. Padding, .. _id]);
        return [.. Rounds(_key, hash), .. new byte[16]];
    }

    /// <summary>RC4 with the key, then 19 times with the key XOR the round number.</summary>
    private static byte[] Rounds(byte[] key, byte[] data)
    {
        var result = Rc4(key, data);
        for (byte round = 1; round <= 19; round++)
        {
            result = Rc4([.. key.Select(b => (byte)(b ^ round))], result);
        }

        return result;
    }

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int k = 0, i = 0, j = 0; k < data.Length; k++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[k] = (byte)(data[k] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }
}
