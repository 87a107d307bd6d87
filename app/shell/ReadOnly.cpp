// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/ReadOnly.h"

#include "session/Document.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QWidget>

namespace rt {

namespace {
const char* const kEdits = "rtEditsSession";
const char* const kUsable = "rtUsableReadOnly";
} // namespace

void readonly::marksEdit(QWidget* widget)
{
    widget->setProperty(kEdits, true);
}

void readonly::keepUsable(QWidget* widget)
{
    widget->setProperty(kUsable, true);
}

QString readonly::reason()
{
    return QCoreApplication::translate("rt::ReadOnlyGuard",
                                       "This window is read-only: the session is open for writing in "
                                       "another window, and this one follows it.");
}

ReadOnlyGuard::ReadOnlyGuard(Document* document, QWidget* root, QObject* parent)
    : QObject(parent)
    , m_document(document)
    , m_root(root)
{
    if (!document || !document->isReadOnly() || !document->store())
        return;
    m_version = document->store()->dataVersion();
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ReadOnlyGuard::follow);
    m_timer.start();
    apply();
}

bool ReadOnlyGuard::follow()
{
    Store* store = m_document && m_document->isOpen() ? m_document->store() : nullptr;
    if (!store)
        return false;
    const qint64 version = store->dataVersion();
    if (version == m_version)
        return false;
    m_version = version;
    store->announceOutsideChange(); // every view re-reads the file
    apply();
    return true;
}

void ReadOnlyGuard::apply()
{
    if (!m_root || !m_document || !m_document->isReadOnly())
        return;
    const QList<QWidget*> all = m_root->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (w->property(kUsable).toBool())
            continue;
        if (w->property(kEdits).toBool()) {
            if (!w->property("rtReadOnlyLocked").toBool()) {
                w->setProperty("rtReadOnlyLocked", true);
                w->installEventFilter(this);
            }
            w->setEnabled(false);
            w->setToolTip(readonly::reason());
            continue;
        }
        // A box that looks typeable but throws the typing away is worse than none: read-only.
        if (auto* line = qobject_cast<QLineEdit*>(w)) {
            if (!qobject_cast<QAbstractSpinBox*>(w->parentWidget())) {
                line->setReadOnly(true);
                line->setPlaceholderText({});
            }
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(w)) {
            plain->setReadOnly(true);
            plain->setPlaceholderText({});
        } else if (auto* text = qobject_cast<QTextEdit*>(w)) {
            text->setReadOnly(true);
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(w)) {
            spin->setReadOnly(true);
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w)) {
            view->setEditTriggers(QAbstractItemView::NoEditTriggers);
            view->setDragDropMode(QAbstractItemView::NoDragDrop);
        }
    }
}

bool ReadOnlyGuard::eventFilter(QObject* watched, QEvent* event)
{
    // The pages re-enable their buttons as selections change: in this window they stay off.
    if (event->type() == QEvent::EnabledChange && watched->isWidgetType()) {
        auto* w = static_cast<QWidget*>(watched);
        if (w->isEnabled() && m_document && m_document->isReadOnly())
            w->setEnabled(false);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rt
