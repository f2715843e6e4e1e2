"""Which group messages are meant for the bot."""

from __future__ import annotations

from telegram import Message, MessageEntity
from telegram.ext import filters


class AddressedToBot(filters.MessageFilter):
    """A message that mentions the bot by @username, or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        replied = message.reply_to_message
        if replied and replied.from_user and replied.from_user.id == bot.id:
            return True
        handle = f"@{bot.username}".lower()
        mentions = message.parse_entities([MessageEntity.MENTION]).values()
        return any(mention.lower() == handle for mention in mentions)


ADDRESSED_TO_BOT = AddressedToBot()
