package domain.wallet;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wallet's storage ports in memory, for domain tests. Like the database it refuses an entry that
 * would take a wallet below zero, and it keeps balances apart from the lines so tests can compare them.
 */
public final class InMemoryWallets implements Ledger, FundingSources, Commissions {
    public final List<JournalEntry> entries = new ArrayList<>();
    public final Map<String, Long> walletBalances = new HashMap<>();
    public final Map<String, Long> autoTopUps = new HashMap<>();
    final Map<UUID, FundingSource> sources = new HashMap<>();
    final Map<ShopId, Commission> commissions = new HashMap<>();

    // --- Ledger
    @Override
    public Wallet lockWallet(String userId) {
        walletBalances.putIfAbsent(userId, 0L);
        return wallet(userId).orElseThrow();
    }

    @Override
    public Map<String, Wallet> lockWallets(List<String> userIds) {
        Map<String, Wallet> locked = new java.util.LinkedHashMap<>();
        for (String userId : userIds) locked.put(userId, lockWallet(userId));
        return locked;
    }

    @Override
    public Optional<Wallet> wallet(String userId) {
        Long balance = walletBalances.get(userId);
        return balance == null ? Optional.empty() : Optional.of(new Wallet(userId, balance, autoTopUps.get(userId)));
    }

    @Override
    public void setAutoTopUp(String userId, Long amount) {
        autoTopUps.put(userId, amount);
    }

    @Override
    public void post(List<JournalEntry> posted) {
        Map<String, Long> after = new HashMap<>(walletBalances);
        for (JournalEntry entry : posted) {
            for (Line line : entry.lines()) {
                if (line.account().kind() != AccountKind.WALLET) continue;
                long balance = after.getOrDefault(line.account().owner(), 0L) + line.amount();
                if (balance < 0) throw new IllegalStateException("wallet_balance_not_negative violated");
                after.put(line.account().owner(), balance);
            }
        }
        walletBalances.putAll(after);
        entries.addAll(posted);
    }

    @Override
    public long balanceOf(Account account) {
        return entries.stream().mapToLong(e -> e.amountOn(account)).sum();
    }

    @Override
    public Page<WalletMovement> movements(String userId, PageRequest page) {
        Account wallet = Account.walletOf(userId);
        List<WalletMovement> all = entries.stream().filter(e -> e.amountOn(wallet) != 0)
                .map(e -> new WalletMovement(e.id(), e.kind(), e.reference(), e.amountOn(wallet), e.bookedAt()))
                .sorted(Comparator.comparing(WalletMovement::bookedAt).reversed()).toList();
        return new Page<>(all.subList(0, Math.min(page.limit(), all.size())), null);
    }

    // --- FundingSources
    @Override
    public void add(FundingSource source) {
        sources.put(source.id(), source);
    }

    @Override
    public void makeDefault(String userId, UUID sourceId) {
        sources.replaceAll((id, s) -> s.userId().equals(userId) ? s.asDefault(id.equals(sourceId)) : s);
    }

    @Override
    public Optional<FundingSource> byId(String userId, UUID sourceId) {
        return Optional.ofNullable(sources.get(sourceId)).filter(s -> s.userId().equals(userId));
    }

    @Override
    public Optional<FundingSource> defaultOf(String userId) {
        return sources.values().stream().filter(s -> s.userId().equals(userId) && s.isDefault()).findFirst();
    }

    @Override
    public int countOf(String userId) {
        return (int) sources.values().stream().filter(s -> s.userId().equals(userId) && s.isLinked()).count();
    }

    @Override
    public void lockOwner(String userId) {
        // one caller at a time in domain tests: nothing to wait for
    }

    @Override
    public void unlink(String userId, UUID sourceId) {
        byId(userId, sourceId).filter(FundingSource::isLinked).ifPresent(s -> sources.put(s.id(), new FundingSource(s.id(), s.userId(),
                s.kind(), s.gatewayToken(), s.last4(), false, s.addedAt(), java.time.Instant.now())));
    }

    /** Oldest first; the cursor here is the last id of the page before. */
    @Override
    public Page<FundingSource> of(String userId, PageRequest page) {
        List<FundingSource> all = sources.values().stream().filter(s -> s.userId().equals(userId) && s.isLinked())
                .sorted(Comparator.comparing(FundingSource::addedAt).thenComparing(FundingSource::id)).toList();
        int from = 0;
        if (page.after() != null) {
            while (from < all.size() && !all.get(from).id().toString().equals(page.after())) from++;
            from++;
        }
        List<FundingSource> rest = all.subList(Math.min(from, all.size()), all.size());
        boolean more = rest.size() > page.limit();
        List<FundingSource> items = more ? rest.subList(0, page.limit()) : rest;
        return new Page<>(items, more ? items.get(items.size() - 1).id().toString() : null);
    }

    // --- Commissions
    @Override
    public Optional<Commission> of(ShopId shop) {
        return Optional.ofNullable(commissions.get(shop));
    }

    @Override
    public void set(ShopId shop, Commission commission) {
        commissions.put(shop, commission);
    }
}
