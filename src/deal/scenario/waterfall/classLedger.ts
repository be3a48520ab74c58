/**
 * Who holds which class: the holdings before the first round, then each round's conversions,
 * new shares, grants and secondaries put into their classes. A round's new money creates its
 * series (named after the round); a convertible joins that series, or a shadow series of its own
 * at its conversion price when the file says `series: shadow`.
 */
import { classSaleOversold } from '../scenarioErrors.js';
import type { RoundResult, Scenario, ScenarioFigure } from '../types.js';

/** Shares of one class held by one holder (options: at one exercise price). */
export interface Holding {
  readonly holder: string;
  /** common, options, or a preferred series. */
  readonly holdingClass: string;
  readonly shares: bigint;
  /** Options' exercise price as written (null: not stated, or not options). */
  readonly strike: ScenarioFigure | null;
}

/** A preferred series as it came to be: listed in the file, a round's series, or a convertible's shadow series. */
export interface SeriesOrigin {
  readonly name: string;
  readonly origin: 'file' | 'round' | 'shadow';
  /** For a round's or shadow series: the price its shares were issued at (the round price or the conversion price), exact text. */
  readonly issuedAt: string | null;
  /** The round that issued it, if any. */
  readonly round: string | null;
}

/** The holdings after every round, and the series in the order they were created. */
export interface ClassLedger {
  readonly holdings: readonly Holding[];
  readonly series: readonly SeriesOrigin[];
  /** Defaults the ledger applied, each in a sentence. */
  readonly notes: readonly string[];
  /** Per round: the issued common and preferred shares before it (no options, no pool). */
  readonly issuedBefore: readonly bigint[];
  /** Per round: the shares of each class before it (options granted included, the pool not). */
  readonly classesBefore: readonly ReadonlyMap<string, bigint>[];
}

const keyOf = (h: { holder: string; holdingClass: string; strike: ScenarioFigure | null }): string =>
  `${h.holder}\u0000${h.holdingClass}\u0000${h.strike?.text ?? ''}`;

class Book {
  readonly lots = new Map<string, Holding>();

  add(holder: string, holdingClass: string, shares: bigint, strike: ScenarioFigure | null = null): void {
    if (shares === 0n) return;
    const key = keyOf({ holder, holdingClass, strike });
    const lot = this.lots.get(key);
    this.lots.set(key, { holder, holdingClass, strike, shares: (lot?.shares ?? 0n) + shares });
  }

  take(key: string, shares: bigint): void {
    const lot = this.lots.get(key);
    if (lot === undefined) return;
    if (lot.shares === shares) this.lots.delete(key);
    else this.lots.set(key, { ...lot, shares: lot.shares - shares });
  }
}

/**
 * The class ledger of a scenario run: each holding by holder and class.
 *
 * @example
 * const s = unwrap(parseScenario('currency: USD\nholders: [{ name: F, shares: 3000000 }]\nrounds: [{ name: Series A, date: 2018-01-02, preMoney: "$3M", investors: [{ name: VC, amount: "$1M" }] }]\n'));
 * const ledger = classLedger(s, runScenario([fred], s).rounds);
 * ledger.holdings.map((h) => [h.holder, h.holdingClass, h.shares]) //=> [['F', 'common', 3000000n], ['VC', 'Series A', 1000000n]]
 */
export function classLedger(scenario: Scenario, rounds: readonly RoundResult[]): ClassLedger {
  const book = new Book();
  const notes: string[] = [];
  const series: SeriesOrigin[] = scenario.classes
    .filter((c) => !scenario.rounds.some((r) => r.name === c.name))
    .map((c) => ({ name: c.name, origin: 'file', issuedAt: null, round: null }));
  for (const h of scenario.holders)
    book.add(
      h.name,
      h.holdingClass,
      BigInt(h.shares.toFixed()),
      h.holdingClass === 'options' ? h.strike : null,
    );

  const issuedBefore: bigint[] = [];
  const classesBefore: Map<string, bigint>[] = [];
  rounds.forEach((result, index) => {
    issuedBefore.push(
      [...book.lots.values()].filter((l) => l.holdingClass !== 'options').reduce((a, l) => a + l.shares, 0n),
    );
    const counts = new Map<string, bigint>();
    for (const lot of book.lots.values())
      counts.set(lot.holdingClass, (counts.get(lot.holdingClass) ?? 0n) + lot.shares);
    classesBefore.push(counts);
    const round = scenario.rounds[index];
    if (round === undefined) return;
    const created = new Set<string>();
    const create = (name: string, origin: SeriesOrigin['origin'], issuedAt: string) => {
      if (created.has(name)) return;
      created.add(name);
      series.push({ name, origin, issuedAt, round: round.name });
    };
    const shadows: { name: string; issuedAt: string }[] = [];
    for (const conversion of result.conversions) {
      const convertible = scenario.convertibles.find((c) => c.name === conversion.name);
      if (convertible?.series === 'shadow') {
        const name = `${round.name} shadow (${conversion.name})`;
        shadows.push({ name, issuedAt: conversion.price.toString() });
        book.add(conversion.holder, name, BigInt(conversion.shares.toFixed()));
      } else {
        create(round.name, 'round', result.pricePerShare.toString());
        book.add(conversion.holder, round.name, BigInt(conversion.shares.toFixed()));
      }
    }
    for (const bought of result.newShares) {
      if (bought.shares.isZero()) continue;
      create(round.name, 'round', result.pricePerShare.toString());
      book.add(bought.investor, round.name, BigInt(bought.shares.toFixed()));
    }
    for (const shadow of shadows) create(shadow.name, 'shadow', shadow.issuedAt);
    round.grants.forEach((grant) =>
      book.add(grant.holder, 'options', BigInt(grant.shares.toFixed()), grant.strike),
    );
    round.secondaries.forEach((sale) => {
      let left = BigInt(sale.shares.toFixed());
      const held = [...book.lots.entries()].filter(([, lot]) => lot.holder === sale.seller);
      const named = sale.holdingClass;
      const order = series.map((s) => s.name);
      const rank = (c: string) => (c === 'common' ? -2 : c === 'options' ? -1 : order.indexOf(c));
      const candidates = held
        .filter(([, lot]) => (named === null ? lot.holdingClass !== 'options' : lot.holdingClass === named))
        .sort(([, a], [, b]) => rank(a.holdingClass) - rank(b.holdingClass));
      const available = candidates.reduce((total, [, lot]) => total + lot.shares, 0n);
      if (available < left)
        throw classSaleOversold(sale.path, sale.seller, left, available, named, round.name);
      if (named === null && new Set(candidates.map(([, lot]) => lot.holdingClass)).size > 1)
        notes.push(
          `${sale.path}: the sale names no class and ${sale.seller} holds several; sold from common first, then the earliest series`,
        );
      for (const [key, lot] of candidates) {
        if (left === 0n) break;
        const moved = lot.shares < left ? lot.shares : left;
        book.take(key, moved);
        book.add(sale.buyer, lot.holdingClass, moved, lot.strike);
        left -= moved;
      }
    });
  });
  return { holdings: [...book.lots.values()], series, notes, issuedBefore, classesBefore };
}
