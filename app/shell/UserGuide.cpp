// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/UserGuide.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace rt {

UserGuideWindow::UserGuideWindow(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    setWindowTitle(tr("Roundtable User Guide"));
    // A window beside the main one, not in front of it: people read and work at once.
    setWindowFlag(Qt::Window);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideText"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);
    m_browser->viewport()->installEventFilter(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(900, 760);
}

QStringList UserGuideWindow::candidates()
{
    const QString bin = QCoreApplication::applicationDirPath();
    QStringList list;
    // Installed: <prefix>/bin/roundtable beside <prefix>/share/doc/roundtable/USER-GUIDE.md.
    list << QDir(bin).absoluteFilePath(QStringLiteral("../share/doc/roundtable/USER-GUIDE.md"));
#ifdef RT_SOURCE_DIR
    // Run from a build directory: the source tree's copy.
    list << QDir(QStringLiteral(RT_SOURCE_DIR)).absoluteFilePath(QStringLiteral("docs/USER-GUIDE.md"));
#endif
    for (QString& path : list)
        path = QDir::cleanPath(path);
    return list;
}

QString UserGuideWindow::locate()
{
    const QStringList list = candidates();
    for (const QString& path : list)
        if (QFileInfo(path).isReadable())
            return path;
    return {};
}

bool UserGuideWindow::load(const QString& path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        QStringList places;
        for (const QString& p : candidates())
            places << QStringLiteral("<li>%1</li>").arg(QDir::toNativeSeparators(p).toHtmlEscaped());
        m_browser->setHtml(tr("<h2>The user guide is not installed</h2>"
                              "<p>Roundtable looked for it here:</p><ul>%1</ul>"
                              "<p>Reinstall Roundtable, or read docs/USER-GUIDE.md in its source.</p>")
                               .arg(places.join(QString())));
        return false;
    }
    // The pictures (images/…) are found beside the guide.
    m_browser->document()->setBaseUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath() + QLatin1Char('/')));
    m_browser->setSearchPaths({QFileInfo(path).absolutePath()});
    m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    fitImages();
    return true;
}

bool UserGuideWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The text's width is the viewport's, known only once the layout has placed it.
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitImages();
    return QDialog::eventFilter(watched, event);
}

void UserGuideWindow::fitImages()
{
    QTextDocument* doc = m_browser->document();
    const qreal room = m_browser->viewport()->width() - 2 * doc->documentMargin() - 40;
    if (room <= 0)
        return;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture
                = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull())
                continue;
            const qreal width = std::min<qreal>(picture.width(), room);
            image.setWidth(width);
            image.setHeight(picture.height() * width / picture.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace rt
