package io.mifumo.camel.sandbox;

import java.math.BigDecimal;

/**
 * One SMS package of the partner catalogue ({@code GET partner/packages/}).
 *
 * @param id        stable id (the same across resets and runs)
 * @param name      e.g. {@code Starter Package}
 * @param credits   SMS credits the package buys
 * @param price     price in TZS
 * @param currency  always {@code TZS}
 * @param unitPrice price per credit, two decimals
 */
public record SandboxPackage(String id, String name, long credits, BigDecimal price, String currency,
        BigDecimal unitPrice) {
}
