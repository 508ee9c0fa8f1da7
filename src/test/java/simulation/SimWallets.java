package simulation;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.wallet.Account;
import domain.wallet.AccountKind;
import domain.wallet.Commission;
import domain.wallet.Commissions;
import domain.wallet.FundingSource;
import domain.wallet.FundingSources;
import domain.wallet.JournalEntry;
import domain.wallet.Ledger;
import domain.wallet.Line;
import domain.wallet.Wallet;
import domain.wallet.WalletMovement;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The ledger, funding sources and commissions. Like the database (migration V5) it refuses an entry that
 * does not balance, is posted twice, names a wallet never opened or would take a wallet below zero, and it moves
 * each wallet's balance by its lines, so the invariants can compare balances with lines. A user has one default
 * source at most, and never an unlinked one.
 */
final class SimWallets implements Ledger, FundingSources, Commissions {
    private final TxMap<UUID, JournalEntry> entries = TxMap.inserted();
    private final TxMap<String, Long> balances = TxMap.inserted();
    private final TxMap<String, Long> autoTopUps = TxMap.inserted();
    private final TxMap<UUID, FundingSource> sources = TxMap.inserted();
    private final TxMap<ShopId, Commission> commissions = TxMap.inserted();
    /** When an unlink happens: the simulation's clock, so that a run is a function of its seed. */
    private final Clock clock;

    SimWallets(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Wallet lockWallet(String userId) {
        if (!balances.containsKey(userId)) balances.put(userId, 0L);
        return wallet(userId).orElseThrow();
    }

    @Override
    public Map<String, Wallet> lockWallets(List<String> userIds) {
        Map<String, Wallet> locked = new LinkedHashMap<>();
        for (String userId : userIds) locked.put(userId, lockWallet(userId));
        return locked;
    }

    @Override
    public Optional<Wallet> wallet(String userId) {
        Long balance = balances.get(userId);
        return balance == null ? Optional.empty() : Optional.of(new Wallet(userId, balance, autoTopUps.get(userId)));
    }

    @Override
    public void setAutoTopUp(String userId, Long amount) {
        if (!balances.containsKey(userId)) return; // like the UPDATE of a wallet row that is not there
        if (amount != null && amount <= 0) throw new IllegalStateException("wallets_auto_top_up_amount_check: " + amount);
        if (amount == null) autoTopUps.remove(userId); else autoTopUps.put(userId, amount);
    }

    @Override
    public void post(List<JournalEntry> posted) {
        for (JournalEntry entry : posted) {
            long sum = entry.lines().stream().mapToLong(Line::amount).sum();
            if (sum != 0) throw new IllegalStateException("journal entry " + entry.id() + " does not balance");
            if (entries.containsKey(entry.id())) throw new IllegalStateException("journal_entries_pkey: " + entry.id() + " posted already");
            for (Line line : entry.lines()) {
                if (line.account().kind() != AccountKind.WALLET) continue;
                String owner = line.account().owner();
                if (!balances.containsKey(owner)) throw new IllegalStateException("ledger: a line names the wallet of " + owner + ", never opened");
                long balance = balances.get(owner) + line.amount();
                if (balance < 0) throw new IllegalStateException("wallet_balance_not_negative: " + owner);
                balances.put(owner, balance);
            }
            entries.put(entry.id(), entry);
        }
    }

    @Override
    public long balanceOf(Account account) {
        return entries.values().stream().mapToLong(e -> e.amountOn(account)).sum();
    }

    @Override
    public Page<WalletMovement> movements(String userId, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    Collection<JournalEntry> entries() {
        return entries.values();
    }

    Collection<FundingSource> sources() {
        return sources.values();
    }

    Map<String, Long> balances() {
        Map<String, Long> copy = new LinkedHashMap<>();
        for (String user : balances.keySet()) copy.put(user, balances.get(user));
        return copy;
    }

    // ------------------------------------------------------------------ FundingSources

    @Override
    public void add(FundingSource source) {
        if (source.isDefault() && defaultOf(source.userId()).isPresent()) {
            throw new IllegalStateException("funding_sources_one_default: " + source.userId() + " has a default");
        }
        sources.put(source.id(), source);
    }

    @Override
    public void makeDefault(String userId, UUID sourceId) {
        if (byId(userId, sourceId).filter(s -> !s.isLinked()).isPresent()) {
            throw new IllegalStateException("funding_sources_unlinked_not_default: " + sourceId);
        }
        for (FundingSource s : List.copyOf(sources.values())) {
            if (s.userId().equals(userId)) sources.put(s.id(), s.asDefault(s.id().equals(sourceId)));
        }
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
    public Page<FundingSource> of(String userId, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    @Override
    public void lockOwner(String userId) {
        lockWallet(userId); // the wallet row is the owner's lock, opened if needed; one step at a time, nothing waits
    }

    @Override
    public void unlink(String userId, UUID sourceId) {
        byId(userId, sourceId).filter(FundingSource::isLinked).ifPresent(s -> sources.put(s.id(), new FundingSource(s.id(), s.userId(),
                s.kind(), s.gatewayToken(), s.last4(), false, s.addedAt(), clock.instant())));
    }

    // ------------------------------------------------------------------ Commissions

    @Override
    public Optional<Commission> of(ShopId shop) {
        return Optional.ofNullable(commissions.get(shop));
    }

    @Override
    public void set(ShopId shop, Commission commission) {
        commissions.put(shop, commission);
    }
}
