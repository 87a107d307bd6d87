// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/JsonEscapes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>

namespace rt::interchange {

namespace {

// ---------------------------------------------------------------------------------------------
// The escape pre-scan. QJsonDocument accepts an unknown escape (\q becomes q) and swallows the
// character after a lone surrogate, so a string could load as different text from the one in
// the file. This single pass over the raw bytes finds every string, checks its escapes and keeps
// the JSON path of where it is (object keys and array indexes) to name it. It does not check the
// syntax: on anything it cannot follow it stops, and the JSON parser reports the problem.

class EscapeScan
{
    Q_DECLARE_TR_FUNCTIONS(Interchange)
public:
    explicit EscapeScan(const QByteArray& text)
        : m_text(text)
    { }

    /** @return false with @p error as "json.path: invalid string escape …" */
    bool run(QString* error)
    {
        const char* s = m_text.constData();
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            const char c = s[i];
            if (c == '{' || c == '[') {
                m_frames.append({c == '[', 0, -1, -1, c == '{'});
                ++i;
            } else if (c == '}' || c == ']') {
                if (m_frames.isEmpty() || m_frames.last().array != (c == ']'))
                    return true; // unbalanced: the parser says where
                m_frames.removeLast();
                ++i;
            } else if (c == ',') {
                if (m_frames.isEmpty())
                    return true;
                Frame& f = m_frames.last();
                if (f.array)
                    ++f.index;
                else
                    f.expectKey = true;
                ++i;
            } else if (c == '"') {
                const bool isKey = !m_frames.isEmpty() && !m_frames.last().array && m_frames.last().expectKey;
                const qsizetype begin = i + 1;
                qsizetype end = begin;
                QString problem;
                const Scan result = string(begin, &end, &problem);
                if (result == Scan::Unfinished)
                    return true;
                if (result == Scan::Bad) {
                    const QString path = pathTo(isKey, begin, end);
                    if (error)
                        *error = path.isEmpty() ? problem : path + QStringLiteral(": ") + problem;
                    return false;
                }
                if (isKey) {
                    Frame& f = m_frames.last();
                    f.keyBegin = begin;
                    f.keyEnd = end;
                    f.expectKey = false;
                }
                i = end + 1;
            } else {
                ++i; // whitespace, ':', numbers, literals
            }
        }
        return true;
    }

private:
    struct Frame
    {
        bool array = false;
        qsizetype index = 0; // array: the element being read
        qsizetype keyBegin = -1, keyEnd = -1; // object: the last key read, as raw bytes
        bool expectKey = false; // object: the next string is a key
    };
    enum class Scan { Ok, Bad, Unfinished };

    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    /** The four hex digits of a \u escape starting at @p at (the 'u'); -1 if fewer. */
    int unit(qsizetype at, qsizetype* digits) const
    {
        int value = 0;
        *digits = 0;
        for (qsizetype k = at + 1; k < at + 5 && k < m_text.size(); ++k) {
            const int h = hex(m_text.at(k));
            if (h < 0)
                break;
            value = value * 16 + h;
            ++*digits;
        }
        return *digits == 4 ? value : -1;
    }

    /** Reads a string whose first byte is at @p begin; *end is its closing quote. */
    Scan string(qsizetype begin, qsizetype* end, QString* problem) const
    {
        const char* s = m_text.constData();
        const qsizetype n = m_text.size();
        qsizetype i = begin;
        while (i < n && s[i] != '"') {
            if (s[i] != '\\') {
                ++i;
                continue;
            }
            if (i + 1 >= n)
                return Scan::Unfinished;
            const char e = s[i + 1];
            if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r'
                || e == 't') {
                i += 2;
                continue;
            }
            *end = i;
            if (e != 'u') {
                *problem = tr("invalid string escape %1").arg(shown(i));
                return Scan::Bad;
            }
            qsizetype digits = 0;
            const int u = unit(i + 1, &digits);
            if (u < 0) {
                *problem = tr("invalid string escape %1 (\\u needs four hex digits)")
                               .arg(QString::fromLatin1(s + i, digits + 2));
                return Scan::Bad;
            }
            const bool high = u >= 0xd800 && u <= 0xdbff;
            const bool low = u >= 0xdc00 && u <= 0xdfff;
            if (high && i + 7 < n && s[i + 6] == '\\' && s[i + 7] == 'u') {
                const int next = unit(i + 7, &digits);
                if (next >= 0xdc00 && next <= 0xdfff) {
                    i += 12; // a surrogate pair: one character beyond the BMP
                    continue;
                }
            }
            if (high || low) {
                *problem
                    = tr("invalid string escape %1 (a lone surrogate)").arg(QString::fromLatin1(s + i, 6));
                return Scan::Bad;
            }
            i += 6;
        }
        if (i >= n)
            return Scan::Unfinished;
        *end = i;
        return Scan::Ok;
    }

    /** An unknown escape as the user would recognise it: \q, or the code of an invisible character. */
    QString shown(qsizetype backslash) const
    {
        const QString next = QString::fromUtf8(m_text.mid(backslash + 1, 4)); // holds one whole character
        char32_t code = next.isEmpty() ? 0 : next.at(0).unicode();
        if (next.size() > 1 && next.at(0).isHighSurrogate() && next.at(1).isLowSurrogate())
            code = QChar::surrogateToUcs4(next.at(0), next.at(1));
        if (QChar::isPrint(code) && !QChar::isSpace(code))
            return QLatin1Char('\\') + QString::fromUcs4(&code, 1);
        return QStringLiteral("\\ (U+%1)").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
    }

    /** A key's text for the path: its escapes decoded where they are valid. */
    QString keyText(qsizetype begin, qsizetype end) const
    {
        const QByteArray raw = m_text.mid(begin, end - begin);
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw);
        const QJsonDocument doc = QJsonDocument::fromJson('[' + ('"' + raw) + "\"]");
        return doc.isArray() ? doc.array().at(0).toString() : QString::fromUtf8(raw);
    }

    /** The closing quote of the string that holds @p from (or the end of the text), skipping escapes. */
    qsizetype rawEnd(qsizetype from) const
    {
        qsizetype i = from;
        while (i < m_text.size() && m_text.at(i) != '"')
            i += m_text.at(i) == '\\' ? 2 : 1;
        return qMin(i, m_text.size());
    }

    /** The path of the string being read: of a value, or of a key (named as written). */
    QString pathTo(bool isKey, qsizetype begin, qsizetype badEscape) const
    {
        QString path;
        const qsizetype last = m_frames.size() - 1;
        for (qsizetype k = 0; k <= last; ++k) {
            const Frame& f = m_frames.at(k);
            if (f.array) {
                path += QStringLiteral("[%1]").arg(f.index);
                continue;
            }
            QString name;
            if (k == last && isKey)
                name = QString::fromUtf8(m_text.mid(begin, rawEnd(badEscape) - begin)); // as written
            else if (f.keyBegin >= 0)
                name = keyText(f.keyBegin, f.keyEnd);
            else
                continue;
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += name;
        }
        return path;
    }

    const QByteArray& m_text;
    QList<Frame> m_frames;
};

} // namespace

bool checkStringEscapes(const QByteArray& text, QString* error)
{
    return EscapeScan(text).run(error);
}

} // namespace rt::interchange
