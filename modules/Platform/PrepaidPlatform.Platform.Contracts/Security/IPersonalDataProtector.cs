namespace PrepaidPlatform.Platform.Security;

/// <summary>
/// P3: ID numbers, phones and bank account numbers are stored encrypted, with a keyed hash beside them so that
/// uniqueness ("one phone registers one USCC") and look-ups work without decrypting. Pages show them masked
/// (<see cref="Masking"/>).
/// </summary>
public interface IPersonalDataProtector
{
    /// <summary>Authenticated encryption; the same value encrypts differently each time.</summary>
    string Protect(string plaintext);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> when the text was altered or made with another key.</summary>
    string Unprotect(string protectedText);

    /// <summary>A keyed hash (HMAC-SHA256): equal values give equal hashes; without the key it reveals nothing.</summary>
    string Hash(string value);
}
