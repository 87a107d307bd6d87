// SPDX-License-Identifier: GPL-3.0-or-later
// Export end to end: the PPTX opened by LibreOffice and our PDF both read back every note, idea
// and action; the package is well formed (first entry, no directories, unique shape ids, every
// text body has a paragraph, RTL flagged); CSV and Markdown are what a spreadsheet and a reader
// expect; a cancelled export leaves nothing behind.
#include "ExportSample.h"
#include "cli/ExportCommand.h"
#include "interchange/Interchange.h"
#include "session/Document.h"
#include "slides/DeckBuilder.h"
#include "slides/Export.h"
#include "slides/TextLayout.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace rt;
using namespace rt::slides;

namespace {

/** True when some installed font can draw @p c; a PDF cannot carry text it has no glyph for
 *  (here: Urdu's heh goal and most emoji, unless fonts-noto is installed). */
bool drawable(char32_t c)
{
    // Qt 6.4's PDF engine maps no text to glyphs outside the BMP (emoji): they are drawn but
    // cannot be searched. LibreOffice's PDF has them; both are compared without them.
    if (c > 0xFFFF)
        return false;
    static QHash<char32_t, bool> cache;
    static const QStringList families = QFontDatabase::families();
    const auto it = cache.constFind(c);
    if (it != cache.constEnd())
        return *it;
    bool found = false;
    for (const QString& f : families) {
        if (QFontMetrics(QFont(f)).inFontUcs4(c)) {
            found = true;
            break;
        }
    }
    cache.insert(c, found);
    return found;
}

/** Comparable text: compatibility forms folded (Arabic presentation forms), whitespace and
 *  direction marks removed (line wrapping and PDF spacing do not matter), characters no
 *  installed font can draw left out. */
QString squash(const QString& s)
{
    const QString n = s.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    for (const char32_t c : n.toUcs4()) {
        const QChar::Category cat = QChar::category(c);
        if (QChar::isSpace(c) || cat == QChar::Other_Format || !drawable(c))
            continue;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString pdfText(const QString& pdf)
{
    QProcess p;
    // -raw: content-stream order, so table cells are not interleaved line by line.
    p.start(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** Words of @p pdf (pdftotext -bbox) that sit where no slide text should be: below the content
 *  area but above the footer, or in the footer band without being the footer's own words.
 *  Overflowing text (LibreOffice wrapping a line more than we measured) lands there. */
QStringList strayWords(const QString& pdf, const QString& footer)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {QStringLiteral("pdftotext failed")};
    QStringList allowed = footer.split(QLatin1Char(' '));
    QStringList stray;
    QXmlStreamReader xml(p.readAllStandardOutput());
    int page = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("page"))
            ++page;
        if (xml.name() != QLatin1String("word"))
            continue;
        const double yMin = xml.attributes().value(QLatin1String("yMin")).toDouble();
        const double yMax = xml.attributes().value(QLatin1String("yMax")).toDouble();
        const QString word = xml.readElementText();
        bool number = false;
        word.toInt(&number);
        // Content ends at 492.5 pt; the footer starts at 505 pt (glyph boxes reach a little further).
        if ((yMin < 500 && yMax > 497) || (yMin >= 500 && !allowed.contains(word) && !number))
            stray << QStringLiteral("page %1: %2").arg(page).arg(word);
    }
    return stray;
}

QMap<QString, QByteArray> unzip(const QString& path, QStringList* order)
{
    QMap<QString, QByteArray> parts;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return parts;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        order->append(name);
        QuaZipFile f(&zip);
        if (f.open(QIODevice::ReadOnly))
            parts.insert(name, f.readAll());
    }
    return parts;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pptxPackageIsWellFormed();
    void pptxOpensInLibreOfficeWithEveryItem();
    void pptxPassesTheOoxmlValidator();
    void pptxPollChartsAreEditableCharts();
    void pdfHasEveryItemAsText();
    void csvOpensInSpreadsheets();
    void markdownEscapesTables();
    void cancelLeavesNoFile();
    void badInputNamesTheProblem();
    void commandLine();
    void hiddenAnswersLeaveThePackWithACount();

private:
    void checkItems(const QString& text, const QString& what);
    void keep(const QString& file);

    QTemporaryDir m_dir;
    QString m_session;
    Deck m_deck;
    SessionData m_data;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setApplicationVersion(QStringLiteral("test"));
    m_session = m_dir.filePath(QStringLiteral("seminar.roundtable"));
    Document doc;
    const SessionError e = doc.create(m_session);
    QVERIFY2(!e, qPrintable(e.message));
    QVERIFY(test::buildSample(*doc.store()));
    m_data = SessionData::load(*doc.store());
    doc.close();
    m_deck = DeckBuilder(m_data).build();
    for (const QString& f :
         {QStringLiteral("pptx"), QStringLiteral("pdf"), QStringLiteral("md"), QStringLiteral("csv")}) {
        QString error;
        QStringList written;
        QVERIFY2(exportSession(m_session, f, {}, &error, &written), qPrintable(error));
        QVERIFY(!written.isEmpty());
        for (const QString& w : written) {
            QVERIFY2(QFileInfo(w).size() > 0, qPrintable(w));
            keep(w);
        }
    }
}

/** RT_EXPORT_KEEP=DIR keeps the outputs for a look. */
void TestExport::keep(const QString& file)
{
    const QString dir = qEnvironmentVariable("RT_EXPORT_KEEP");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = QDir(dir).filePath(QFileInfo(file).fileName());
    QFile::remove(target);
    QFile::copy(file, target);
}

void TestExport::checkItems(const QString& text, const QString& what)
{
    const QString all = squash(text);
    int found = 0;
    for (const Item& item : m_deck.items) {
        if (item.kind != QLatin1String("note") && item.kind != QLatin1String("idea")
            && item.kind != QLatin1String("action"))
            continue;
        // A text split over slides is looked for piece by piece (the pieces are in the deck).
        if (all.contains(squash(item.text))) {
            ++found;
            continue;
        }
        // Extractors break right-to-left lines where a glyph is missing and reorder the parts:
        // there every run of drawable characters must be found.
        if (item.text.isRightToLeft()
            || squash(item.text).size() < item.text.simplified().remove(QLatin1Char(' ')).size()) {
            QStringList runs(1);
            for (const char32_t c : item.text.toUcs4()) {
                if (QChar::isSpace(c) || !drawable(c))
                    runs << QString();
                else
                    runs.last() += QString::fromUcs4(&c, 1);
            }
            for (const QString& run : runs) {
                if (!run.isEmpty())
                    QVERIFY2(all.contains(squash(run)),
                             qPrintable(QStringLiteral("%1 lacks: %2").arg(what, run)));
            }
            ++found;
            continue;
        }
        QStringList pieces;
        for (const Slide& s : m_deck.slides) {
            for (const Element& e : s.elements) {
                for (const Paragraph& p : e.paragraphs) {
                    if (p.itemId >= 0 && m_deck.items[p.itemId].text == item.text)
                        pieces << p.text;
                }
            }
        }
        QVERIFY2(pieces.size() > 1, qPrintable(QStringLiteral("%1 lacks: %2").arg(what, item.text.left(80))));
        for (const QString& piece : pieces)
            QVERIFY2(all.contains(squash(piece)),
                     qPrintable(QStringLiteral("%1 lacks a piece of: %2 (looked for %3)")
                                    .arg(what, item.text.left(80), squash(piece).left(80))));
        ++found;
    }
    QVERIFY(found > 80);
}

void TestExport::pptxPackageIsWellFormed()
{
    QStringList order;
    const auto parts = unzip(defaultOutput(m_session, Format::Pptx), &order);
    QVERIFY(!parts.isEmpty());
    QCOMPARE(order.first(), QStringLiteral("[Content_Types].xml"));
    for (const QString& n : order)
        QVERIFY2(!n.endsWith(QLatin1Char('/')), qPrintable(n));
    QCOMPARE(QSet<QString>(order.begin(), order.end()).size(), order.size());

    // Every Override names a part that exists; every part but rels has a content type.
    const QString types = QString::fromUtf8(parts.value(QStringLiteral("[Content_Types].xml")));
    static const QRegularExpression over(QStringLiteral("PartName=\"/([^\"]+)\""));
    for (auto m = over.globalMatch(types); m.hasNext();) {
        const QString part = m.next().captured(1);
        QVERIFY2(parts.contains(part), qPrintable(part));
    }
    int slides = 0;
    bool rtl = false;
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        if (!it.key().startsWith(QLatin1String("ppt/slides/slide")))
            continue;
        ++slides;
        QXmlStreamReader xml(it.value());
        QSet<int> ids;
        int open = 0, paragraphs = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto q = xml.qualifiedName();
                if (q == QLatin1String("p:cNvPr")) {
                    const int id = xml.attributes().value(QLatin1String("id")).toInt();
                    QVERIFY2(!ids.contains(id),
                             qPrintable(QStringLiteral("%1: duplicate id %2").arg(it.key()).arg(id)));
                    QVERIFY(id >= 1);
                    ids.insert(id);
                }
                if (q == QLatin1String("p:txBody") || q == QLatin1String("a:txBody"))
                    open++, paragraphs = 0;
                if (q == QLatin1String("a:p"))
                    paragraphs++;
                if (q == QLatin1String("a:pPr")
                    && xml.attributes().value(QLatin1String("rtl")) == QLatin1String("1"))
                    rtl = true;
            }
            if (xml.isEndElement()
                && (xml.qualifiedName() == QLatin1String("p:txBody")
                    || xml.qualifiedName() == QLatin1String("a:txBody")))
                QVERIFY2(paragraphs > 0, qPrintable(it.key() + QStringLiteral(": empty text body")));
        }
        QVERIFY2(!xml.hasError(), qPrintable(it.key() + QStringLiteral(": ") + xml.errorString()));
        QVERIFY(ids.contains(1) && ids.contains(2));
        // Slide rels point at parts that exist.
        const QString relName
            = QStringLiteral("ppt/slides/_rels/%1.rels").arg(it.key().section(QLatin1Char('/'), -1));
        QVERIFY2(parts.contains(relName), qPrintable(relName));
        static const QRegularExpression target(QStringLiteral("Target=\"\\.\\./([^\"]+)\""));
        for (auto m = target.globalMatch(QString::fromUtf8(parts.value(relName))); m.hasNext();) {
            const QString t = QStringLiteral("ppt/") + m.next().captured(1);
            QVERIFY2(parts.contains(t), qPrintable(t));
        }
    }
    QCOMPARE(slides, int(m_deck.slides.size()));
    QVERIFY(rtl);
    QVERIFY(QString::fromUtf8(parts.value(QStringLiteral("ppt/slides/slide1.xml")))
                .contains(QLatin1String("Health and Work Seminar")));
    // Urdu is tagged with its language.
    bool urdu = false;
    for (auto it = parts.begin(); it != parts.end(); ++it)
        urdu = urdu || it.value().contains("lang=\"ur-PK\"");
    QVERIFY(urdu);
    // Exactly three fill styles in the theme.
    const QString theme = QString::fromUtf8(parts.value(QStringLiteral("ppt/theme/theme1.xml")));
    const int a = theme.indexOf(QLatin1String("<a:fillStyleLst>")),
              b = theme.indexOf(QLatin1String("</a:fillStyleLst>"));
    QCOMPARE(theme.mid(a, b - a).count(QLatin1String("<a:solidFill>")), 3);
}

void TestExport::pptxOpensInLibreOfficeWithEveryItem()
{
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed");
    const QString outDir = m_dir.filePath(QStringLiteral("lo-out"));
    QProcess p;
    p.start(soffice,
            {QStringLiteral("--headless"),
             QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("lo")),
             QStringLiteral("--convert-to"), QStringLiteral("pdf"), QStringLiteral("--outdir"), outDir,
             defaultOutput(m_session, Format::Pptx)});
    QVERIFY(p.waitForFinished(240000));
    const QString pdf = QDir(outDir).filePath(QStringLiteral("seminar.pdf"));
    QVERIFY2(QFileInfo::exists(pdf), p.readAllStandardError().constData());
    QFile::rename(pdf, QDir(outDir).filePath(QStringLiteral("seminar-libreoffice.pdf")));
    keep(QDir(outDir).filePath(QStringLiteral("seminar-libreoffice.pdf")));
    const QString text = pdfText(QDir(outDir).filePath(QStringLiteral("seminar-libreoffice.pdf")));
    QVERIFY(!text.isEmpty());
    checkItems(text, QStringLiteral("LibreOffice's PDF of our PPTX"));
    const QStringList stray
        = strayWords(QDir(outDir).filePath(QStringLiteral("seminar-libreoffice.pdf")), m_deck.title);
    QVERIFY2(stray.isEmpty(), qPrintable(stray.mid(0, 10).join(QStringLiteral("; "))));
}

void TestExport::pptxPassesTheOoxmlValidator()
{
    QString skip;
    const QString problems = test::ooxmlProblems(defaultOutput(m_session, Format::Pptx), &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestExport::pptxPollChartsAreEditableCharts()
{
    // Every poll chart is a chart part (not a picture) with its numbers cached, and "Edit Data"
    // finds them in an embedded workbook.
    QStringList order;
    const QString pptx = defaultOutput(m_session, Format::Pptx);
    const auto parts = unzip(pptx, &order);
    int charts = 0;
    for (const Slide& s : m_deck.slides) {
        for (const Element& e : s.elements)
            charts += e.type == Element::Chart ? 1 : 0;
    }
    QVERIFY(charts > 0);
    for (int i = 1; i <= charts; ++i) {
        const QString chart = QString::fromUtf8(parts.value(QStringLiteral("ppt/charts/chart%1.xml").arg(i)));
        QVERIFY2(chart.contains(QLatin1String("<c:numCache>")), qPrintable(QString::number(i)));
        QVERIFY(chart.contains(QLatin1String("<c:externalData r:id=\"rId1\">")));
        const QByteArray rels = parts.value(QStringLiteral("ppt/charts/_rels/chart%1.xml.rels").arg(i));
        QVERIFY(rels.contains("relationships/package"));
        const QByteArray xlsx
            = parts.value(QStringLiteral("ppt/embeddings/Microsoft_Excel_Worksheet%1.xlsx").arg(i));
        QVERIFY(!xlsx.isEmpty());
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(xlsx);
        f.close();
        QStringList inner;
        const auto book = unzip(f.fileName(), &inner);
        QVERIFY(book.value(QStringLiteral("xl/worksheets/sheet1.xml")).contains("<v>"));
    }
    QVERIFY(!parts.contains(QStringLiteral("ppt/charts/chart%1.xml").arg(charts + 1)));
    const QByteArray types = parts.value(QStringLiteral("[Content_Types].xml"));
    QVERIFY(types.contains("drawingml.chart+xml") && types.contains("Extension=\"xlsx\""));
}

void TestExport::pdfHasEveryItemAsText()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString text = pdfText(defaultOutput(m_session, Format::Pdf));
    checkItems(text, QStringLiteral("our PDF"));
    const QStringList stray = strayWords(defaultOutput(m_session, Format::Pdf), m_deck.title);
    QVERIFY2(stray.isEmpty(), qPrintable(stray.mid(0, 10).join(QStringLiteral("; "))));
    QVERIFY(text.contains(QLatin1String("POSSIBLE")) && text.contains(QLatin1String("KIBOSH")));
    QVERIFY(squash(text).contains(QLatin1String("Relativelyeasytodo")));
    QVERIFY(squash(text).contains(QLatin1String("Potentiallyhighimpact")));
    // Emoji are drawn from an outline font where one is installed (Noto Color Emoji's bitmaps
    // come out blank in Qt's PDF engine).
    if (QFontDatabase::families().contains(QStringLiteral("Symbola"))) {
        QProcess fonts;
        fonts.start(QStringLiteral("pdffonts"), {defaultOutput(m_session, Format::Pdf)});
        QVERIFY(fonts.waitForFinished(60000));
        QVERIFY(fonts.readAllStandardOutput().contains("Symbola"));
    }
}

void TestExport::csvOpensInSpreadsheets()
{
    const QStringList files = outputPaths(Format::Csv, defaultOutput(m_session, Format::Csv));
    QCOMPARE(files.size(), 2);
    QFile notes(files[0]);
    QVERIFY(notes.open(QIODevice::ReadOnly));
    const QByteArray bytes = notes.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("table,topic,prompt,text,key_point\r\n"));
    // The multi-line note is one quoted field with its line breaks kept.
    QVERIFY(bytes.contains("\"line one\nline two\r\nline three\""));
    QVERIFY(bytes.contains("\"<b>bold</b> & \"\"quoted\"\" 'single' </a:t>]]>\""));
    int records = 0;
    bool quoted = false;
    for (int i = 3; i < bytes.size(); ++i) {
        if (bytes[i] == '"')
            quoted = !quoted;
        else if (!quoted && bytes[i] == '\n') {
            QCOMPARE(bytes[i - 1], '\r');
            ++records;
        }
    }
    int expected = 1;
    for (const auto& t : m_data.tables) {
        for (const auto& p : t.notes)
            expected += int(p.size());
    }
    QCOMPARE(records, expected);
    QFile actions(files[1]);
    QVERIFY(actions.open(QIODevice::ReadOnly));
    QVERIFY(actions.readAll().contains("place,cohort,idea,action,who,by_when,measure\r\n"));
}

void TestExport::markdownEscapesTables()
{
    SessionData d = m_data;
    d.places[0].actions[0].action = QStringLiteral("a | b");
    const QString md = MarkdownWriter::markdown(d);
    QVERIFY(md.contains(QLatin1String("a \\| b")));
    // Notes are verbatim: markup in them is shown, not obeyed.
    QVERIFY(md.contains(QLatin1String("- \\<b\\>bold\\</b\\> \\& \"quoted\"")));
    QVERIFY(md.contains(QLatin1String("- line one<br>line two<br>line three")));
    QVERIFY(md.contains(QLatin1String("## Topic-based table discussions")));
    QVERIFY(md.contains(
        QLatin1String("| Cohort | Idea | Action | Who will do it? | By when? | Measure of success |")));
}

void TestExport::cancelLeavesNoFile()
{
    std::atomic_bool cancel {true};
    ExportControl c;
    c.cancel = &cancel;
    for (Format f : {Format::Pptx, Format::Pdf}) {
        const QString out = m_dir.filePath(QStringLiteral("cancelled") + extension(f));
        QString error;
        QVERIFY(!writeExport(m_data, m_deck, f, out, c, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }
}

void TestExport::badInputNamesTheProblem()
{
    QString error;
    QVERIFY(!exportSession(m_dir.filePath(QStringLiteral("missing.roundtable")), QStringLiteral("pdf"), {},
                           &error));
    QVERIFY(error.contains(QLatin1String("missing.roundtable")));
    QVERIFY(!exportSession(m_session, QStringLiteral("docx"), {}, &error));
    QVERIFY(error.contains(QLatin1String("docx")));
    QVERIFY(!exportSession(m_session, QStringLiteral("pdf"),
                           m_dir.filePath(QStringLiteral("no/such/dir/x.pdf")), &error));
    QVERIFY(error.contains(QLatin1String("x.pdf")));
}

void TestExport::commandLine()
{
    // The export command as the CLI runs it (the dispatcher calls runExport with the arguments).
    const QString out = m_dir.filePath(QStringLiteral("cli/pack"));
    QDir().mkpath(m_dir.filePath(QStringLiteral("cli")));
    QCOMPARE(cli::runExport(
                 {m_session, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out}),
             0);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("-notes.csv")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("-actions.csv")));
    QCOMPARE(cli::runExport({m_session, QStringLiteral("--format=md"), QStringLiteral("-o"),
                             out + QStringLiteral(".md")}),
             0);
    QVERIFY(QFileInfo(out + QStringLiteral(".md")).size() > 1000);
    QCOMPARE(cli::runExport({m_session, QStringLiteral("--sections"), QStringLiteral("datapack"),
                             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("-o"),
                             out + QStringLiteral(".pdf")}),
             0);
    QVERIFY(pdfText(out + QStringLiteral(".pdf")).contains(QLatin1String("Data pack")));
    QVERIFY(!pdfText(out + QStringLiteral(".pdf")).contains(QLatin1String("Neurodiversity 1/")));
    QCOMPARE(cli::runExport({m_session}), 1); // no format
    QCOMPARE(cli::runExport({m_session, QStringLiteral("--format"), QStringLiteral("odp")}), 1); // unknown
    QCOMPARE(cli::runExport(
                 {m_session, QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--bogus")}),
             1);
    QCOMPARE(cli::runExport({QStringLiteral("--help")}), 0);
}

void TestExport::hiddenAnswersLeaveThePackWithACount()
{
    // An open question where the facilitator hid one answer: the PDF and the Markdown leave it out
    // and say one answer was hidden; the dump keeps it, marked hidden.
    const QString path = m_dir.filePath(QStringLiteral("moderated.roundtable"));
    {
        Document doc;
        QVERIFY(!doc.create(path));
        Store* s = doc.store();
        QVERIFY(test::buildSample(*s));
        const qint64 poll = s->insert(Kind::Poll,
                                      {{QStringLiteral("question"), QStringLiteral("What should change?")},
                                       {QStringLiteral("kind"), QStringLiteral("open")},
                                       {QStringLiteral("state"), QStringLiteral("closed")}});
        const char* answers[]
            = {"Fewer forms to fill in", "Offensiveremark about a colleague", "A single named contact"};
        for (int i = 0; i < 3; ++i)
            QVERIFY(s->insert(Kind::Vote,
                              {{QStringLiteral("poll_id"), poll},
                               {QStringLiteral("device"), QStringLiteral("p%1").arg(i)},
                               {QStringLiteral("answer"),
                                QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("text"),
                                                                              QString::fromUtf8(answers[i])}})
                                                      .toJson(QJsonDocument::Compact))},
                               {QStringLiteral("hidden"), i == 1}}));
        const QByteArray dumped = interchange::dumpText(*s);
        QVERIFY(dumped.contains("Offensiveremark about a colleague"));
        const QJsonArray polls
            = QJsonDocument::fromJson(dumped).object().value(QStringLiteral("polls")).toArray();
        int hidden = 0;
        for (const QJsonValue& p : polls)
            for (const QJsonValue& v : p[QStringLiteral("votes")].toArray())
                hidden += v[QStringLiteral("hidden")].toBool() ? 1 : 0;
        QCOMPARE(hidden, 1);
    }
    QString error;
    QStringList written;
    QVERIFY2(exportSession(path, QStringLiteral("md"), {}, &error, &written), qPrintable(error));
    QFile md(written.value(0));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(md.readAll());
    QVERIFY(markdown.contains(QLatin1String("Fewer forms to fill in")));
    QVERIFY(!markdown.contains(QLatin1String("Offensiveremark")));
    QVERIFY2(QRegularExpression(QStringLiteral("1 answer(\\(s\\))? hidden by the facilitator"))
                 .match(markdown)
                 .hasMatch(),
             qPrintable(markdown.right(600)));
    keep(written.value(0));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    written.clear();
    QVERIFY2(exportSession(path, QStringLiteral("pdf"), {}, &error, &written), qPrintable(error));
    const QString pdf = squash(pdfText(written.value(0)));
    QVERIFY(pdf.contains(QLatin1String("Fewerformstofillin")));
    QVERIFY(!pdf.contains(QLatin1String("Offensiveremark")));
    QVERIFY(pdf.contains(QLatin1String("hiddenbythefacilitator")));
    keep(written.value(0));
}

QTEST_MAIN(TestExport)
#include "test_export.moc"
