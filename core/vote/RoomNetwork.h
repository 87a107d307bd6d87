// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace rt::vote {

/** One IPv4 address of this computer phones might reach, and what kind of network it is on. */
struct RoomAddress
{
    QHostAddress address;
    QString interfaceName; ///< e.g. "wlp2s0"
    QString label; ///< the interface's human-readable name
    bool loopback = false;
    bool virtualOrVpn = false; ///< a VPN, container or virtual-machine interface: phones are not there
};

/**
 * Where phones can reach this computer. Phones are on the room's Wi-Fi or the laptop's hotspot;
 * VPN (tun*, wg*, tailscale*, zt*, ppp*…), container (docker*, br-*, veth*, cni*, podman*, lxc*…)
 * and virtual-machine (virbr*, vboxnet*, vmnet*…) interfaces are up too, and the first interface
 * up is often one of them. They are offered last and never chosen by default.
 */
class RoomNetwork
{
    Q_DECLARE_TR_FUNCTIONS(rt::vote::RoomNetwork)
public:
    /** Every IPv4 address of an interface that is up and running: room networks first, then
     *  VPN/container/VM ones, then loopback. */
    static QList<RoomAddress> addresses();
    /** Whether an interface by this name is a VPN, container or virtual-machine one. */
    static bool isVirtualOrVpn(const QString& interfaceName);
    /** The default: the first room network, else 127.0.0.1; @p why says which and why, naming
     *  what was passed over. */
    static RoomAddress chooseDefault(const QList<RoomAddress>& addresses, QString* why);
};

} // namespace rt::vote
