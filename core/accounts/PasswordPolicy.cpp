#include "core/accounts/PasswordPolicy.h"

#include <QCoreApplication>

#include <sodium.h>

namespace pl::core {

namespace {
class PasswordText {
    Q_DECLARE_TR_FUNCTIONS(pl::core::PasswordPolicy)
public:
    static QString rule(int length) {
        return tr("A password needs at least %1 characters and three of: lower-case letters, "
                  "upper-case letters, digits, other characters. It may not contain the user "
                  "name.")
            .arg(length);
    }
    static QString tooShort(int length) {
        return tr("The password is too short: at least %1 characters are required.").arg(length);
    }
    static QString tooSimple() {
        return tr("The password needs three of: lower-case letters, upper-case letters, digits, "
                  "other characters.");
    }
    static QString containsName() { return tr("The password may not contain the user name."); }
};
} // namespace

QString PasswordPolicy::describe(int minimumLength) {
    return PasswordText::rule(minimumLength);
}

QString PasswordPolicy::generate() {
    // Four groups of four from an alphabet without look-alikes; each group
    // mixes cases and digits so the policy's three classes are always met.
    static const char lower[] = "abcdefghijkmnpqrstuvwxyz";
    static const char upper[] = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static const char digits[] = "23456789";
    QString out;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            out += QLatin1Char('-');
        out += QLatin1Char(upper[randombytes_uniform(sizeof(upper) - 1)]);
        out += QLatin1Char(lower[randombytes_uniform(sizeof(lower) - 1)]);
        out += QLatin1Char(lower[randombytes_uniform(sizeof(lower) - 1)]);
        out += QLatin1Char(digits[randombytes_uniform(sizeof(digits) - 1)]);
    }
    return out;
}

Status PasswordPolicy::check(const SecretBytes& password, const QString& userName,
                             int minimumLength) {
    if (password.characterCount() < minimumLength)
        return Error(ErrorCode::PasswordPolicy, PasswordText::tooShort(minimumLength));

    bool lower = false, upper = false, digit = false, other = false;
    for (size_t i = 0; i < password.size(); ++i) {
        const unsigned char c = password.data()[i];
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if ((c & 0xC0) != 0x80)
            other = true; // punctuation, spaces, and every non-ASCII letter
    }
    if (int(lower) + int(upper) + int(digit) + int(other) < kRequiredCharacterClasses)
        return Error(ErrorCode::PasswordPolicy, PasswordText::tooSimple());

    const QString name = userName.trimmed().toCaseFolded();
    if (name.size() >= 3) {
        // Decoded only for this comparison; the copy is wiped below.
        QString text = QString::fromUtf8(password.chars(), static_cast<qsizetype>(password.size()));
        QString folded = text.toCaseFolded();
        const bool contains = folded.contains(name);
        text.fill(QLatin1Char(' '));
        folded.fill(QLatin1Char(' '));
        if (contains)
            return Error(ErrorCode::PasswordPolicy, PasswordText::containsName());
    }
    return {};
}

} // namespace pl::core
