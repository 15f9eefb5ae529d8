package com.netcore.byok.ui.common;

import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.List;

/**
 * Which network interfaces are up, for the officer's information. It only reads the interface list;
 * the customer side never opens a connection (ArchitectureTest allows java.net here for this alone).
 */
public final class NetworkStatus {
    private NetworkStatus() {
    }

    /** Names of interfaces that are up and not loopback, e.g. {@code [eth0, wlan0]}. */
    public static List<String> activeInterfaces() {
        try {
            return NetworkInterface.networkInterfaces().filter(NetworkStatus::isActive).map(NetworkInterface::getName)
                    .sorted().toList();
        } catch (SocketException e) {
            return List.of();
        }
    }

    private static boolean isActive(NetworkInterface nic) {
        try {
            return nic.isUp() && !nic.isLoopback();
        } catch (SocketException e) {
            return false;
        }
    }
}
