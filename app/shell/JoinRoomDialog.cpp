// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/JoinRoomDialog.h"

#include "room/RoomAnnouncer.h"
#include "room/RoomClient.h"
#include "room/RoomProtocol.h"
#include "session/Document.h"
#include "shell/RoomController.h"
#include "store/Columns.h"
#include "store/IdentityRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace rt {

JoinRoomDialog::JoinRoomDialog(RoomController* controller, Document* document, QWidget* parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_document(document)
{
    setWindowTitle(tr("Join a Room"));
    auto* form = new QFormLayout(this);
    auto* intro
        = new QLabel(tr("The organiser's laptop shows the room's address, join code and QR code under "
                        "Room ▸ Room…. This laptop keeps its own complete file: when the network "
                        "drops, edits wait in it and go as soon as the room is back."),
                     this);
    intro->setWordWrap(true);
    form->addRow(intro);
    // Rooms announced on this network: picking one fills in its address; the code is still typed.
    m_found = new QComboBox(this);
    m_found->setObjectName(QStringLiteral("foundRooms"));
    m_found->addItem(tr("(none heard yet)"));
    m_finder = new room::RoomFinder(this);
    connect(m_finder, &room::RoomFinder::roomsChanged, this, [this] {
        m_found->clear();
        m_found->addItem(tr("(choose a room)"));
        const QList<room::RoomFinder::Found> rooms = m_finder->rooms();
        for (const auto& r : rooms)
            m_found->addItem(
                tr("%1 — %2").arg(r.title.isEmpty() ? tr("Untitled session") : r.title, r.address.toString()),
                QStringLiteral("%1:%2 ").arg(r.address.toString()).arg(r.port));
    });
    connect(m_found, &QComboBox::activated, this, [this](int index) {
        const QString address = m_found->itemData(index).toString();
        if (address.isEmpty())
            return;
        m_room->setText(address);
        m_room->setFocus();
        m_problem->setText(tr("Now type the join code shown on the organiser's laptop."));
    });
    form->addRow(tr("Rooms &nearby:"), m_found);
    m_room = new QLineEdit(this);
    m_room->setObjectName(QStringLiteral("roomAddressEdit"));
    m_room->setPlaceholderText(tr("http://192.168.1.20:47800/room/… or 192.168.1.20 ABCD-EFGH-…"));
    m_room->setMinimumWidth(m_room->fontMetrics().horizontalAdvance(m_room->placeholderText()) + 24);
    form->addRow(tr("&Room:"), m_room);
    m_captures = new QComboBox(this);
    m_captures->setObjectName(QStringLiteral("roomCaptures"));
    m_captures->addItem(tr("(say later)"), QString());
    if (m_document && m_document->isOpen()) {
        const Store& s = *m_document->store();
        for (const Row& t : s.rows(Kind::Table))
            m_captures->addItem(
                tr("Table %1 · %2").arg(t.values.value(col::Number).toString(), t.str(col::Topic)),
                QStringLiteral("table:%1").arg(t.id));
        for (const Row& p : s.rows(Kind::Place))
            m_captures->addItem(p.str(col::Name), QStringLiteral("place:%1").arg(p.id));
    }
    form->addRow(tr("This laptop &captures:"), m_captures);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("joinProblem"));
    m_problem->setWordWrap(true);
    form->addRow(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* join = buttons->addButton(tr("&Join"), QDialogButtonBox::AcceptRole);
    join->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinRoomDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void JoinRoomDialog::accept()
{
    QString error;
    const QUrl url = room::parseRoom(m_room->text(), &error);
    if (!url.isValid()) {
        m_problem->setText(error);
        m_room->setFocus();
        return;
    }
    m_problem->setText(tr("Asking the room…"));
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    room::RoomInfo info;
    const bool reached = room::fetchHello(url, &info, &error, 8000);
    QGuiApplication::restoreOverrideCursor();
    const bool haveCopy = m_document && m_document->isOpen() && !m_document->isReadOnly() && reached
        && IdentityRepository(*m_document->store()).origin() == info.origin;
    if (!reached && m_document && m_document->isOpen()) {
        // Offline first: join with this copy now; edits wait in the file until the room answers.
        if (!m_controller->join(url.toString(), m_captures->currentData().toString(), &error)) {
            m_problem->setText(error);
            return;
        }
        QDialog::accept();
        return;
    }
    if (!reached) {
        m_problem->setText(tr("The room cannot be reached: %1").arg(error));
        return;
    }
    if (haveCopy) {
        if (!m_controller->join(url.toString(), m_captures->currentData().toString(), &error)) {
            m_problem->setText(error);
            return;
        }
        QDialog::accept();
        return;
    }
    // No copy of the room's session here: receive it into a new file, and open that.
    QString path = m_receivePath;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString name
            = (info.title.isEmpty() ? tr("Room session") : info.title) + QStringLiteral(".roundtable");
        path = QFileDialog::getSaveFileName(this, tr("Save the Room's Session As"),
                                            QDir(folder).filePath(name),
                                            tr("Roundtable sessions (*.roundtable)"));
        if (path.isEmpty())
            return;
    }
    if (QFileInfo::exists(path)) {
        m_problem->setText(tr("%1 already exists; choose a new name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::BusyCursor);
    const bool received = room::fetchSession(url, path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!received) {
        m_problem->setText(tr("The room's session could not be received: %1").arg(error));
        return;
    }
    emit m_controller->openRequested(path);
    QDialog::accept();
}

} // namespace rt
