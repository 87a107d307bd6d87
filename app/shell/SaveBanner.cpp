// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/SaveBanner.h"

#include "session/Document.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace rt {

SaveBanner::SaveBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("saveBanner"));
    // Fixed colours at 9:1, whatever the palette: this must be read at once.
    setStyleSheet(
        QStringLiteral("QFrame#saveBanner { background: #fdecea; border-bottom: 2px solid #b3261e; }"
                       "QFrame#saveBanner QLabel { color: #5f2120; }"));
    setAccessibleName(tr("Changes are not being saved"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_text, 1);
    m_retry = new QPushButton(tr("Try &Again"), this);
    m_retry->setAccessibleDescription(tr("Tries to save to the session file again"));
    layout->addWidget(m_retry);
    m_timer = new QTimer(this);
    m_timer->setInterval(RetryMs);
    connect(m_timer, &QTimer::timeout, this, &SaveBanner::retry);
    connect(m_retry, &QPushButton::clicked, this, &SaveBanner::retry);
    hide();
}

void SaveBanner::setDocument(Document* document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_timer->stop();
    hide();
    if (!m_document)
        return;
    connect(m_document, &Document::saveFailed, this, &SaveBanner::showFailure);
    connect(m_document, &Document::saveRecovered, this, [this] {
        m_timer->stop();
        hide();
    });
    connect(m_document, &Document::aboutToClose, this, [this] {
        m_timer->stop();
        hide();
    });
    if (m_document->hasSaveFailure())
        showFailure(m_document->saveFailure());
}

void SaveBanner::showFailure(const QString& message)
{
    m_text->setText(tr("%1 Nothing saved before is lost, and text you typed stays in its box until it "
                       "can be saved. Roundtable keeps trying: free some space or check the folder.")
                        .arg(message));
    m_retry->show();
    const bool wasVisible = isVisible();
    show();
    m_timer->start();
    if (!wasVisible) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void SaveBanner::retry()
{
    if (!m_document || !m_document->isOpen() || !m_document->retrySave())
        return;
    m_timer->stop();
    m_retry->hide();
    m_text->setText(tr("Saving works again. Text that could not be saved is still in its box: send it "
                       "again (Enter) to save it."));
    QAccessibleEvent alert(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

} // namespace rt
