// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rt::room {
class RoomFinder;
}

namespace rt {

class Document;
class RoomController;

/**
 * Room ▸ Join a Room…: the room's address (pasted or scanned) or the host's address and join
 * code, and what this laptop captures (its table or place, shown on the host). A laptop with
 * its own copy of the prepared session joins with it; otherwise the room's session is received
 * into a new file, which the window then opens.
 */
class JoinRoomDialog : public QDialog
{
    Q_OBJECT
public:
    JoinRoomDialog(RoomController* controller, Document* document, QWidget* parent = nullptr);

    QLineEdit* roomEdit() const { return m_room; }
    QComboBox* capturesBox() const { return m_captures; }
    /** Where a received session goes when the window has no copy (a test sets it; else asked). */
    void setReceivePath(const QString& path) { m_receivePath = path; }

    void accept() override;

private:
    RoomController* m_controller;
    QPointer<Document> m_document;
    QLineEdit* m_room;
    QComboBox* m_captures;
    QComboBox* m_found;
    room::RoomFinder* m_finder;
    QLabel* m_problem;
    QString m_receivePath;
};

} // namespace rt
